using Codebook.Tui.Keys;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Prompts;

/// <summary>A one-line box over whatever holds it, asking for a text (a memo, a comment, a query, a file path): Enter
/// answers, Esc drops it.</summary>
public sealed class PromptBox : FrameView
{
    private readonly TextField _text = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private Action<string>? _answered;

    public PromptBox()
    {
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(70);
        Height = 3;
        Add(_text);
        AddCommand(Command.Accept, Handling.Always(Answer));
        AddCommand(Command.Cancel, Handling.Always(Close));
        KeyBindings.ReplaceCommands(Key.Enter, Command.Accept);
        KeyBindings.Add(Key.Esc, Command.Cancel);
        MapBindings.Forward(_text, this);
    }

    private void Answer()
    {
        var text = _text.Text ?? "";
        var answered = _answered;
        Close();
        answered?.Invoke(text.Trim());
    }

    public event Action? Closed;

    /// <summary>Opens the box with a title that says what is asked, and <paramref name="initial"/> to edit.</summary>
    public void Ask(string title, Action<string> answered, string initial = "")
    {
        Title = Names.Format(Strings.PromptTitle, title);
        _answered = answered;
        _text.Text = initial;
        _text.MoveEnd();
        Visible = true;
        _text.SetFocus();
    }

    private void Close()
    {
        Visible = false;
        _answered = null;
        Closed?.Invoke();
    }
}
