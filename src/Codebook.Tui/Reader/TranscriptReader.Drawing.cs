using Codebook.Core.Model;
using Codebook.Tui.Themes;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Reader;

public sealed partial class TranscriptReader
{
    /// <summary>At most this many coders get a stripe column; more would eat the text.</summary>
    public const int MaxStripeColumns = 4;

    /// <summary>The stripe glyph for a row covered by one theme; more themes show their count instead.</summary>
    public const char Stripe = '┃';

    private int NumberWidth => Math.Max(3, _lineCount.ToString().Length);

    private int StripeColumns => Math.Clamp(Codings.Coders.Count, 1, MaxStripeColumns);

    /// <summary>Line number, a space, the stripe columns, a space.</summary>
    public int GutterWidth => Transcript is null ? 0 : NumberWidth + StripeColumns + 2;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        FillRect(Viewport with { X = 0, Y = 0 }, new System.Text.Rune(' '));
        if (Transcript is null || Wrapped() is not { } layout)
        {
            SetAttribute(normal);
            AddStr(1, 0, Strings.ChooseTranscript);
            return true;
        }
        _top = Math.Clamp(_top, 0, Math.Max(0, layout.Rows.Count - 1));
        for (int y = 0; y < Viewport.Height && _top + y < layout.Rows.Count; y++)
        {
            DrawRow(layout.Rows[_top + y], y, normal);
        }
        return true;
    }

    private void DrawRow(DisplayLine row, int y, Attribute normal)
    {
        var text = Transcript!.Text;
        var turn = row.Turn >= 0 ? Transcript.Turns[row.Turn] : null;
        var faint = normal with { Style = TextStyle.Faint };
        SetAttribute(faint);
        AddStr(0, y, (row.FirstOfLine ? row.Line.ToString() : "").PadLeft(NumberWidth));

        var codings = Codings.Overlapping(new TextSpan(row.Start, Math.Max(row.End, row.Start + 1))).ToList();
        DrawStripes(codings, y, normal);

        bool interviewer = turn?.Role == SpeakerRole.Interviewer;
        var plain = interviewer ? faint : normal;
        int x0 = GutterWidth;
        var selection = Selection;
        for (int offset = row.Start; offset < row.End && x0 + offset - row.Start < Viewport.Width; offset++)
        {
            var attribute = plain;
            if (turn is not null && turn.Label.Contains(offset)) attribute = attribute with { Style = attribute.Style | TextStyle.Bold };
            if (Innermost(codings, offset) is { } coding) attribute = ThemeColors.Highlight(ThemeColors.Of(Themes.GetValueOrDefault(coding.ThemeId)));
            if (selection is { } s && s.Contains(offset)) attribute = attribute with { Style = attribute.Style | TextStyle.Reverse };
            if (offset == Offset) attribute = CaretAttribute;
            SetAttribute(attribute);
            AddStr(x0 + offset - row.Start, y, text[offset].ToString());
        }
        // The cursor after the last character of a row (end of line or of the transcript).
        if (Offset == row.End && (row.End == text.Length || text[row.End] == '\n') && x0 + row.End - row.Start < Viewport.Width)
        {
            SetAttribute(CaretAttribute);
            AddStr(x0 + row.End - row.Start, y, " ");
        }
    }

    private static Attribute CaretAttribute => new(new Color(0, 0, 0), new Color(255, 215, 0));

    /// <summary>One column per coder: the colour of the innermost theme that coder put on the row, and the number of
    /// themes when there are several.</summary>
    private void DrawStripes(List<Coding> codings, int y, Attribute normal)
    {
        for (int column = 0; column < StripeColumns; column++)
        {
            var coder = column < Codings.Coders.Count ? Codings.Coders[column] : null;
            var mine = codings.Where(c => c.Coder == coder).OrderBy(c => c.End - c.Start).ToList();
            var themes = mine.Select(c => c.ThemeId).Distinct().ToList();
            SetAttribute(themes.Count == 0 ? normal : normal with { Foreground = ThemeColors.Of(Themes.GetValueOrDefault(themes[0])) });
            AddStr(NumberWidth + 1 + column, y, themes.Count switch { 0 => " ", 1 => Stripe.ToString(), < 10 => themes.Count.ToString(), _ => "+" });
        }
    }

    private static Coding? Innermost(List<Coding> codings, int offset)
    {
        Coding? best = null;
        foreach (var coding in codings)
        {
            if (coding.Span.Contains(offset) && (best is null || coding.End - coding.Start < best.End - best.Start)) best = coding;
        }
        return best;
    }
}
