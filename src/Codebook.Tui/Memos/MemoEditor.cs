using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Memos;

/// <summary>A one-line box over the reader to write a memo: Enter saves it, Esc drops it.</summary>
public sealed class MemoEditor : FrameView
{
    private readonly TextField _text = new() { X = 0, Y = 0, Width = Dim.Fill() };

    public MemoEditor()
    {
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(70);
        Height = 3;
        Add(_text);
        _text.KeyDown += (_, key) =>
        {
            if (key == Key.Enter)
            {
                var text = _text.Text ?? "";
                Close();
                if (!string.IsNullOrWhiteSpace(text)) Saved?.Invoke(text.Trim());
                key.Handled = true;
            }
            else if (key == Key.Esc)
            {
                Close();
                key.Handled = true;
            }
        };
    }

    public event Action<string>? Saved;

    public event Action? Closed;

    /// <summary>Opens the box titled with what the memo is on.</summary>
    public void Open(string about)
    {
        Title = $"Memo on {about} (Enter saves, Esc cancels)";
        _text.Text = "";
        Visible = true;
        _text.SetFocus();
    }

    private void Close()
    {
        Visible = false;
        Closed?.Invoke();
    }
}
