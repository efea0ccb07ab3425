using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Prompts;

/// <summary>A box that says what a change will do before it is made: Enter makes it, Esc drops it.</summary>
public sealed class ConfirmBox : FrameView
{
    private readonly Label _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private Action? _confirmed;

    public ConfirmBox()
    {
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Dim.Percent(70);
        Add(_text);
    }

    public event Action? Closed;

    public string Lines => _text.Text;

    public void Ask(string title, IEnumerable<string> lines, Action confirmed)
    {
        Title = Names.Format(Strings.ConfirmTitle, title);
        _text.Text = string.Join("\n", lines);
        _confirmed = confirmed;
        Visible = true;
        SetFocus();
    }

    protected override bool OnKeyDown(Key key)
    {
        if (key != Key.Enter && key != Key.Esc) return true;
        var confirmed = key == Key.Enter ? _confirmed : null;
        Visible = false;
        _confirmed = null;
        Closed?.Invoke();
        confirmed?.Invoke();
        return true;
    }
}
