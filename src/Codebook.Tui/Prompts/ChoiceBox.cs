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
    /// <summary>The box keeps the keyboard itself, as <see cref="ConfirmBox"/> does, and moves the list's selection.</summary>
    private readonly ListView _choices = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = false };
    private Action<int>? _chosen;

    public ChoiceBox()
    {
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(50);
        Add(_choices);
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
        SetFocus();
    }

    /// <summary>Every key stays here while the box is open: ↑/↓ choose, Enter takes, Esc drops.</summary>
    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.CursorDown) _choices.MoveDown();
        else if (key == Key.CursorUp) _choices.MoveUp();
        if (key != Key.Enter && key != Key.Esc) return true;
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
