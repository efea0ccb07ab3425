using Terminal.Gui.Views;

namespace Codebook.Tui.Panels;

/// <summary>A list that, once it has rows, draws every cell of its viewport (each row padded to the width, blank rows
/// below the last): so it is not cleared first, which wrote each of its cells twice on every redraw.</summary>
public sealed class PaneList : ListView
{
    protected override bool OnClearingViewport() => Source is not null;
}
