using Terminal.Gui.Drawing;

namespace Codebook.Tui.Detail;

/// <summary>A paragraph of the detail pane, with the colour it is drawn in (the pane's own when null).</summary>
public sealed record DetailLine(string Text, Color? Color = null, bool Bold = false);
