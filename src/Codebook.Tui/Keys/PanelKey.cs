using Terminal.Gui.Input;

namespace Codebook.Tui.Keys;

/// <summary>One key of a panel and what it does: <paramref name="Keys"/> and <paramref name="Help"/> feed the help screen
/// (empty: the key shares the line before), <paramref name="Brief"/> the status line, which must fit in 80 columns
/// (empty: not shown there).</summary>
public sealed record PanelKey(Key Key, PanelAction Action, string Keys, string Help, string Brief = "");
