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

    public void Show(IEnumerable<DetailLine> paragraphs)
    {
        _paragraphs = paragraphs.ToList();
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        FillRect(Viewport with { X = 0, Y = 0 }, new System.Text.Rune(' '));
        int y = 0;
        foreach (var paragraph in _paragraphs)
        {
            var attribute = paragraph.Color is { } color ? normal with { Foreground = color } : normal;
            if (paragraph.Bold) attribute = attribute with { Style = TextStyle.Bold };
            SetAttribute(attribute);
            foreach (var line in Wrapping.Lines(paragraph.Text, Viewport.Width))
            {
                if (y >= Viewport.Height) return true;
                AddStr(0, y++, line);
            }
        }
        return true;
    }
}
