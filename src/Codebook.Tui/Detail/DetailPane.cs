using Codebook.Tui.Text;
using Terminal.Gui.Drawing;
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
                // The rest of the row blank, as a clear would have left it.
                int end = ScreenCells.Write(this, 0, y, line, attribute);
                ScreenCells.Blank(this, end, y++, width - end, normal);
            }
        }
        for (; y < Viewport.Height; y++) ScreenCells.Blank(this, 0, y, width, normal);
        return true;
    }
}
