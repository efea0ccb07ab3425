using System.Collections.ObjectModel;
using Codebook.Tui.Keys;
using Codebook.Tui.Resources;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Help;

/// <summary>Every key, drawn from <see cref="KeyMap"/>: ↑/↓ and PgUp/PgDn scroll (the list is
/// longer than a small terminal), any other key closes it.</summary>
public sealed class KeyHelp : FrameView
{
    private readonly ListView _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };

    public KeyHelp()
    {
        Title = Strings.HelpTitle;
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Dim.Percent(90);
        Add(_text);
        var lines = KeyMap.Documented.Select(c => (c.Keys, c.Help)).Concat(KeyMap.Window)
            .Concat(Section(Strings.HelpSearch, KeyMap.Search))
            .Concat(Section(Strings.HelpAnalyses, KeyMap.Analyses))
            .Concat(Section(Strings.HelpReview, KeyMap.Review))
            .Concat(Section(Strings.HelpDiff, KeyMap.CodebookDiff))
            .Concat(Section(Strings.HelpFramework, KeyMap.Framework));
        Lines = lines.Select(l => $"{l.Item1,-16} {l.Item2}").ToList();
        _text.SetSource(new ObservableCollection<string>(Lines));
        _text.KeyDown += (_, key) =>
        {
            if (key == Key.CursorDown || key == Key.CursorUp || key == Key.PageDown || key == Key.PageUp) return;
            Visible = false;
            Closed?.Invoke();
            key.Handled = true;
        };
    }

    public event Action? Closed;

    public IReadOnlyList<string> Lines { get; }

    private static IEnumerable<(string, string)> Section(string title, IReadOnlyList<PanelKey> keys) =>
        keys.Where(k => k.Keys.Length > 0).Select(k => (k.Keys, k.Help)).Prepend((title, "")).Prepend(("", ""));

    public void Open()
    {
        Visible = true;
        _text.SetFocus();
    }
}
