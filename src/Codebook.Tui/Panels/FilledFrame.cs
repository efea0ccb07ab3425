using Terminal.Gui.Views;

namespace Codebook.Tui.Panels;

/// <summary>A frame whose one view fills it (a list, the reader, the detail pane), which draws every cell inside
/// the frame: so the frame does not clear its inside first, which would write each cell twice on every redraw.</summary>
public class FilledFrame : FrameView
{
    protected override bool OnClearingViewport() => true;
}
