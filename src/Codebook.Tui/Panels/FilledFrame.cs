using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Panels;

/// <summary>A frame whose one view fills it (a list, the reader, the detail pane), which draws every cell inside
/// the frame: so the frame does not clear its inside first, which would write each cell twice on every redraw; and
/// when only that view changed (a cursor move), the frame's border and title, which Terminal.Gui would draw and
/// join again each time, are left as they are on the screen.</summary>
public class FilledFrame : FrameView
{
    private bool _onlyInside;

    /// <summary>Called by the window just before it draws its panes, when what needs drawing is known: whether the
    /// frame itself needs it (its title, focus, size, or a box over it closed) or only the view inside.</summary>
    public void BeforeDrawing() => _onlyInside = !NeedsDraw;

    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingAdornments() => _onlyInside;

    protected override bool OnRenderingLineCanvas() => _onlyInside;

    protected override void OnDrawComplete(DrawContext? context)
    {
        _onlyInside = false;
        base.OnDrawComplete(context);
    }
}
