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
        // What just happened (often why an action was refused) gets up to half the row, more when the keys are short;
        // the keys get the rest, cut before a whole entry so that none shows half ('?' lists them all).
        var room = Math.Max(width / 2, width - Keys.Length - 1);
        var message = Message.Length > room ? Message[..Math.Max(0, room - 1)] + "…" : Message;
        var keys = Fit(Keys, width - message.Length - 1);
        AddStr(0, 0, (keys + new string(' ', width)).Substring(0, Math.Max(0, width - message.Length)) + message);
        return true;
    }

    /// <summary>The keys line cut to <paramref name="room"/> at an entry separator ("a · b · c" → "a · b").</summary>
    public static string Fit(string keys, int room)
    {
        if (keys.Length <= room) return keys;
        if (room <= 0) return "";
        // The last separator that starts within the room: everything before it is whole entries.
        var cut = keys.LastIndexOf(Separator, Math.Min(keys.Length - 1, room + Separator.Length - 1), StringComparison.Ordinal);
        return cut > 0 ? keys[..cut] : keys[..room];
    }

    private const string Separator = " · ";
}
