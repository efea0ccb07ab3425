using Codebook.Core.Model;
using Codebook.Core.Themes;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Codebook.Tui.Panels;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Themes;

/// <summary>The theme tree, each row in its theme's colour: codings count, shortcut key, label indented by depth.
/// Moving onto a theme shows its definition; Enter codes the reader's selection with it.</summary>
public sealed class ThemeList : FilledFrame
{
    private readonly PaneList _list = new() { Width = Dim.Fill(), Height = Dim.Fill() };
    private IReadOnlyList<Theme> _themes = [];

    public ThemeList()
    {
        Title = Strings.ThemesTitle;
        CanFocus = true;
        Add(_list);
        _list.RowRender += (_, e) =>
        {
            if (e.Row >= _themes.Count || e.Row == _list.SelectedItem) return;
            e.RowAttribute = GetAttributeForRole(VisualRole.Normal) with { Foreground = ThemeColors.Of(_themes[e.Row]) };
        };
        _list.ValueChanged += (_, _) => { if (Selected is { } t) Moved?.Invoke(t); };
        _list.Accepting += (_, e) =>
        {
            if (Selected is { } t) Chosen?.Invoke(t);
            e.Handled = true;
        };
    }

    public event Action<Theme>? Moved;

    public event Action<Theme>? Chosen;

    public Theme? Selected => _list.SelectedItem is int i && i >= 0 && i < _themes.Count ? _themes[i] : null;

    public void Show(ThemeTree tree, IReadOnlyDictionary<string, int> counts)
    {
        var keep = _list.SelectedItem;
        _themes = tree.InOrder.Select(x => x.Theme).ToList();
        _list.Source = new PaneRows(tree.InOrder.Select(x =>
            $"{counts.GetValueOrDefault(x.Theme.Id),3} {x.Theme.Key ?? " "} {new string(' ', x.Depth)}{ThemeLabel.Of(x.Theme)}").ToList());
        if (keep is int k && k < _themes.Count) _list.SelectedItem = k;
    }
}
