using Codebook.Tui.Keys;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Help;

/// <summary>Every key, drawn from <see cref="KeyMap"/> and the window's own keys; any key closes it.</summary>
public sealed class KeyHelp : FrameView
{
    /// <summary>Keys that work anywhere in the main window, not only in the reader.</summary>
    public static readonly IReadOnlyList<(string Keys, string Help)> WindowKeys =
    [
        ("Tab / Shift+Tab", "next/previous pane (transcripts, themes, reader)"),
        ("Enter (transcripts)", "read the transcript"),
        ("Enter (themes)", "code the reader's selection (or turn) with the theme"),
        ("mouse", "click to place the cursor, drag to select, wheel to scroll"),
    ];

    private readonly Label _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };

    public KeyHelp()
    {
        Title = "Keys (any key closes)";
        Visible = false;
        CanFocus = true;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Dim.Percent(90);
        Add(_text);
        var lines = KeyMap.Documented.Select(c => (c.Keys, c.Help)).Concat(WindowKeys);
        _text.Text = string.Join("\n", lines.Select(l => $"{l.Item1,-16} {l.Item2}"));
    }

    public event Action? Closed;

    public void Open()
    {
        Visible = true;
        SetFocus();
    }

    protected override bool OnKeyDown(Key key)
    {
        Visible = false;
        Closed?.Invoke();
        return true;
    }
}
