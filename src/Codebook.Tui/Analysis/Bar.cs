using Terminal.Gui.Drawing;

namespace Codebook.Tui.Analysis;

/// <summary>One bar of a chart: its label, its value, and the colour it is drawn in (the view's own when null).</summary>
public sealed record Bar(string Label, int Value, Color? Color = null, string Note = "");
