using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui;

/// <summary>The bottom row: the keys that matter now on the left, the last thing that happened on the right.</summary>
public sealed class StatusLine : View
{
    public StatusLine()
    {
        Height = 1;
        Width = Dim.Fill();
    }

    public string Keys { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void Show(string keys, string? message = null)
    {
        // Every cursor move shows the keys again; most leave the line as it is.
        if (keys == Keys && (message is null || message == Message)) return;
        Keys = keys;
        if (message is not null) Message = message;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        SetAttribute(normal with { Style = TextStyle.Reverse });
        var width = Viewport.Width;
        // The keys come first: the message gets what they leave, up to half the row, but never less than a word or two.
        var room = Math.Max(Math.Min(width / 2, width - Keys.Length - 1), 12);
        var message = Message.Length > room ? Message[..Math.Max(0, room - 1)] + "…" : Message;
        var keys = Keys.Length + message.Length + 1 > width ? Keys[..Math.Max(0, width - message.Length - 1)] : Keys;
        AddStr(0, 0, (keys + new string(' ', width)).Substring(0, Math.Max(0, width - message.Length)) + message);
        return true;
    }
}
