using Codebook.Tui.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui.Detail;

/// <summary>Paragraphs about what is selected (a theme's definition and rules, the codings and memos under the
/// cursor), wrapped to the pane's width; what does not fit is cut at the bottom.</summary>
public sealed class DetailPane : View
{
    private IReadOnlyList<DetailLine> _paragraphs = [];

    public IReadOnlyList<DetailLine> Paragraphs => _paragraphs;

    /// <summary>Shows the paragraphs; drawn again only when they differ from those shown (most cursor moves
    /// stay within the same turn and codings).</summary>
    public void Show(IEnumerable<DetailLine> paragraphs)
    {
        var shown = paragraphs.ToList();
        if (shown.SequenceEqual(_paragraphs)) return;
        _paragraphs = shown;
        SetNeedsDraw();
    }

    /// <summary>The pane draws every cell of its viewport itself: clearing it first would write each cell twice.</summary>
    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        int y = 0, width = Viewport.Width;
        foreach (var paragraph in _paragraphs)
        {
            var attribute = paragraph.Color is { } color ? normal with { Foreground = color } : normal;
            if (paragraph.Bold) attribute = attribute with { Style = TextStyle.Bold };
            foreach (var line in Wrapping.Lines(paragraph.Text, width))
            {
                if (y >= Viewport.Height) return true;
                SetAttribute(attribute);
                AddStr(0, y, line);
                // The rest of the row blank, as the clear would have left it, from where the line ended (in columns).
                SetAttribute(normal);
                if (width - line.GetColumns() is > 0 and var rest) AddStr(new string(' ', rest));
                y++;
            }
        }
        SetAttribute(normal);
        if (y < Viewport.Height) FillRect(new System.Drawing.Rectangle(0, y, width, Viewport.Height - y), new System.Text.Rune(' '));
        return true;
    }
}
