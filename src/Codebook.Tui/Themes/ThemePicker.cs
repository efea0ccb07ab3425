using System.Collections.ObjectModel;
using Codebook.Core.Model;
using Codebook.Tui.Keys;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Themes;

/// <summary>A box over the reader: type part of a theme's label in English, French or Spanish, ↑/↓ to choose,
/// Enter to code with it, Esc to close. Each theme shows its label in the UI language first, then the others.</summary>
public sealed class ThemePicker : FrameView
{
    private readonly TextField _query = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private readonly ListView _matches = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
    private IReadOnlyList<Theme> _themes = [];
    private IReadOnlyList<Theme> _shown = [];

    public ThemePicker()
    {
        Title = Strings.PickerTitle;
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(60);
        Height = Dim.Percent(60);
        Add(_query, _matches);
        _query.ValueChanged += (_, _) => Filter();
        AddCommand(Command.Cancel, Handling.Always(Close));
        AddCommand(Command.Accept, Handling.Always(Choose));
        AddCommand(Command.Down, Handling.Always(() => _matches.MoveDown()));
        AddCommand(Command.Up, Handling.Always(() => _matches.MoveUp()));
        KeyBindings.Add(Key.Esc, Command.Cancel);
        KeyBindings.ReplaceCommands(Key.Enter, Command.Accept);
        KeyBindings.Add(Key.CursorDown, Command.Down);
        KeyBindings.Add(Key.CursorUp, Command.Up);
        MapBindings.Forward(_query, this);
    }

    public event Action<Theme>? Chosen;

    public event Action? Closed;

    public IReadOnlyList<Theme> Shown => _shown;

    public void Open(IReadOnlyList<Theme> themes)
    {
        _themes = themes;
        _query.Text = "";
        Filter();
        Visible = true;
        _query.SetFocus();
    }

    public void Close()
    {
        Visible = false;
        Closed?.Invoke();
    }

    private void Choose()
    {
        var theme = _matches.SelectedItem is int i && i < _shown.Count ? _shown[i] : null;
        // Chosen before Closed: whoever opened the picker knows the choice when it gets the focus back.
        Visible = false;
        if (theme is not null) Chosen?.Invoke(theme);
        Closed?.Invoke();
    }

    private void Filter()
    {
        _shown = ThemeMatcher.Match(_themes, _query.Text ?? "");
        _matches.SetSource(new ObservableCollection<string>(_shown.Select(Describe)));
        if (_shown.Count > 0) _matches.SelectedItem = 0;
    }

    private static string Describe(Theme theme)
    {
        var label = ThemeLabel.Of(theme);
        var others = string.Join(" · ", theme.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value).Prepend(theme.Label).Where(l => l != label).Distinct());
        return others.Length == 0 ? label : $"{label} — {others}";
    }
}
