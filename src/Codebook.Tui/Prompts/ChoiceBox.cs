using System.Collections.ObjectModel;
using Codebook.Tui.Resources;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Prompts;

/// <summary>A small box over the reader offering a few choices (a speaker's role): ↑/↓ to choose, Enter takes it, Esc
/// drops it.</summary>
public sealed class ChoiceBox : FrameView
{
    private readonly ListView _choices = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private Action<int>? _chosen;

    public ChoiceBox()
    {
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(50);
        Add(_choices);
        _choices.KeyDown += (_, key) => key.Handled = OnChoiceKey(key);
    }

    public event Action? Closed;

    /// <summary>The choices offered now, as shown.</summary>
    public IReadOnlyList<string> Choices { get; private set; } = [];

    /// <summary>Opens the box on <paramref name="choices"/>, <paramref name="selected"/> highlighted.</summary>
    public void Ask(string title, IReadOnlyList<string> choices, int selected, Action<int> chosen)
    {
        Title = Names.Format(Strings.PromptTitle, title);
        Choices = choices;
        Height = choices.Count + 2;
        _choices.SetSource(new ObservableCollection<string>(choices));
        _choices.SelectedItem = Math.Clamp(selected, 0, choices.Count - 1);
        _chosen = chosen;
        Visible = true;
        _choices.SetFocus();
    }

    private bool OnChoiceKey(Key key)
    {
        if (key != Key.Enter && key != Key.Esc) return false;
        var chosen = key == Key.Enter ? _chosen : null;
        int choice = _choices.SelectedItem ?? 0;
        Visible = false;
        _chosen = null;
        // Chosen before Closed, as the theme picker does: the change is made before the reader gets the keyboard back.
        chosen?.Invoke(choice);
        Closed?.Invoke();
        return true;
    }
}
