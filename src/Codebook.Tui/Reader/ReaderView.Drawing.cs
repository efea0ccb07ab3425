using Codebook.Core.Model;
using Codebook.Tui.Text;
using Codebook.Tui.Themes;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Reader;

public sealed partial class ReaderView
{
    /// <summary>At most this many coders get a stripe column; more would eat the text.</summary>
    public const int MaxStripeColumns = 4;

    /// <summary>The stripe glyph for a row covered by one theme; more themes show their count instead.</summary>
    public const char Stripe = '┃';

    /// <summary>Beside the line numbers of the turn being heard while the reader follows a recording (one cell wide
    /// in every terminal, unlike arrows and notes).</summary>
    public const string Heard = "»";

    /// <summary>Wide enough for the highest line number: the imported file's (<see cref="Transcript.FileLine"/>).</summary>
    private int NumberWidth => Math.Max(3, (Transcript?.FileLine(_lines.Count) ?? _lines.Count).ToString().Length);

    private int StripeColumns => Math.Clamp(Codings.Coders.Count, 1, MaxStripeColumns);

    /// <summary>Line number, a space, the speaker's role mark, a space, the stripe columns, a space.</summary>
    public int GutterWidth => Transcript is null ? 0 : NumberWidth + StripeColumns + 4;

    /// <summary>The column of the role mark: the first letter of the role's name in the UI language (I/P/O/N in English,
    /// E/P/A/N in French, E/P/O/N in Spanish), beside the speaker label on a turn's first row.</summary>
    private int RoleColumn => NumberWidth + 1;

    /// <summary>The reader draws every cell of its viewport itself: clearing it first would write each cell twice.</summary>
    protected override bool OnClearingViewport() => Transcript is not null;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        if (Transcript is null || Wrapped() is not { } layout)
        {
            FillRect(Viewport with { X = 0, Y = 0 }, new System.Text.Rune(' '));
            SetAttribute(normal);
            AddStr(1, 0, Strings.ChooseTranscript);
            return true;
        }
        _top = layout.Clamp(_top);
        int y = 0;
        for (; y < Viewport.Height && layout.Has(_top + y); y++) DrawRow(layout.Row(_top + y), y, normal);
        // Below the last row: blank, as the rows themselves are drawn to the right edge.
        for (; y < Viewport.Height; y++) ScreenCells.Blank(this, 0, y, Viewport.Width, normal);
        return true;
    }

    /// <summary>One row: the gutter, then the text in runs of characters that share an attribute, each written into
    /// the screen's cells at once (<see cref="ScreenCells"/>; per character through <c>AddStr</c> was the cost of
    /// drawing a screen), then blanks to the right edge.</summary>
    private void DrawRow(DisplayLine row, int y, Attribute normal)
    {
        var text = Transcript!.Text;
        var turn = row.Turn >= 0 ? Transcript.Turns[row.Turn] : null;
        var faint = normal with { Style = TextStyle.Faint };
        var number = (row.FirstOfLine ? Transcript.FileLine(row.Line).ToString() : "").PadLeft(NumberWidth);
        ScreenCells.Draw(this, 0, y, number, 0, number.Length, faint);
        // The spaces around the stripes too: nothing clears the viewport before the rows are drawn.
        var heard = HeardTurn is { } turnHeard && row.Turn == turnHeard;
        ScreenCells.Draw(this, NumberWidth, y, heard ? Heard : " ", 0, 1, heard ? normal with { Style = TextStyle.Bold } : normal);
        var mark = RoleMark(turn, row);
        ScreenCells.Draw(this, RoleColumn, y, mark, 0, 1, normal with { Style = TextStyle.Bold });
        ScreenCells.Draw(this, RoleColumn + 1, y, " ", 0, 1, normal);
        ScreenCells.Draw(this, GutterWidth - 1, y, " ", 0, 1, normal);
        var codings = Codings.Overlapping(new TextSpan(row.Start, Math.Max(row.End, row.Start + 1))).ToList();
        DrawStripes(codings, y, normal);

        var plain = turn?.Role == SpeakerRole.Interviewer ? faint : normal;
        int x0 = GutterWidth, end = Math.Min(row.End, row.Start + Math.Max(0, Viewport.Width - x0));
        int runStart = row.Start;
        Attribute? runAttribute = null;
        for (int offset = row.Start; offset <= end; offset++)
        {
            Attribute? attribute = offset < end ? AttributeAt(offset, turn, codings, plain) : null;
            bool alone = offset < end && !ScreenCells.OneCell(text[offset]);
            if (offset > runStart && (attribute != runAttribute || alone || offset == end || !ScreenCells.OneCell(text[offset - 1])))
            {
                if (ScreenCells.OneCell(text[runStart])) ScreenCells.Draw(this, x0 + runStart - row.Start, y, text, runStart, offset - runStart, runAttribute!.Value);
                else
                {
                    SetAttribute(runAttribute!.Value);
                    AddStr(x0 + runStart - row.Start, y, text.Substring(runStart, offset - runStart));
                }
                runStart = offset;
            }
            runAttribute = attribute;
        }
        int x = x0 + end - row.Start;
        // The cursor after the last character of a row (end of line or of the transcript).
        if (Offset == row.End && end == row.End && (row.End == text.Length || text[row.End] == '\n') && x < Viewport.Width)
        {
            SetAttribute(CaretAttribute);
            AddStr(x++, y, " ");
        }
        ScreenCells.Blank(this, x, y, Viewport.Width - x, normal);
    }

    /// <summary>The role mark on the row where a turn's speaker label starts; a space elsewhere.</summary>
    private static string RoleMark(Turn? turn, DisplayLine row)
    {
        if (turn is null || turn.Role == SpeakerRole.None || !row.FirstOfLine || row.Line != turn.Line) return " ";
        var name = Names.Role(turn.Role);
        return name.Length == 0 ? " " : char.ToUpper(name[0], System.Globalization.CultureInfo.CurrentCulture).ToString();
    }

    private Attribute AttributeAt(int offset, Turn? turn, List<Coding> codings, Attribute plain)
    {
        if (offset == Offset) return CaretAttribute;
        var attribute = plain;
        if (turn is not null && turn.Label.Contains(offset)) attribute = attribute with { Style = attribute.Style | TextStyle.Bold };
        if (Innermost(codings, offset) is { } coding) attribute = HighlightOf(coding.ThemeId);
        if (Selection is { } s && s.Contains(offset)) attribute = attribute with { Style = attribute.Style | TextStyle.Reverse };
        return attribute;
    }

    /// <summary>The colours of a theme's coded text, worked out once per theme while the codings stay the same.</summary>
    private Attribute HighlightOf(string themeId)
    {
        if (!_highlights.TryGetValue(themeId, out var attribute))
        {
            _highlights[themeId] = attribute = ThemeColors.Highlight(ThemeColors.Of(Themes.GetValueOrDefault(themeId)));
        }
        return attribute;
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
            AddStr(RoleColumn + 2 + column, y, themes.Count switch { 0 => " ", 1 => Stripe.ToString(), < 10 => themes.Count.ToString(), _ => "+" });
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
