using Codebook.Tui.Resources;
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
        AddStr(0, 0, Layout(Keys, Message, Viewport.Width));
        return true;
    }

    /// <summary>The row of <paramref name="width"/> columns: what just happened (often why an action was refused)
    /// on the right, up to half the row, more when the keys are short, less when the keys that are never dropped
    /// need it; the keys on the left, the least important dropped whole where they do not all fit (see
    /// <see cref="Fit"/>; '?' lists them all).</summary>
    public static string Layout(string keys, string message, int width)
    {
        var room = Math.Min(Math.Max(width / 2, width - keys.Length - 1), width - KeptWidth(keys) - 1);
        var shown = Fit(keys, width - Math.Min(message.Length, Math.Max(0, room)) - 1);
        // The columns the keys leave by dropping whole entries go to the message too.
        room = width - shown.Length - 1;
        if (message.Length > room) message = room <= 0 ? "" : message[..(room - 1)] + "…";
        return (shown + new string(' ', width)).Substring(0, Math.Max(0, width - message.Length)) + message;
    }

    /// <summary>The keys line in <paramref name="room"/> columns, its entries ("a · b · c") dropped whole: it keeps
    /// the first (the state's main key: '?' in the reader, the instruction of a mode) and the way out of a panel or
    /// mode (its last entry, when that is Esc), then the others from left to right, the line's order being their
    /// importance, as long as they fit; what is kept shows in the line's order.</summary>
    public static string Fit(string keys, int room)
    {
        if (keys.Length <= room) return keys;
        if (room <= 0) return "";
        var entries = keys.Split(Separator);
        var kept = Kept(entries);
        var shown = new bool[entries.Length];
        int used = -Separator.Length;
        // The kept entries first, then the others in order.
        foreach (var i in Enumerable.Range(0, entries.Length).OrderBy(i => kept.Contains(i) ? 0 : 1))
        {
            var cost = Separator.Length + entries[i].Length;
            if (used + cost <= room)
            {
                shown[i] = true;
                used += cost;
            }
            // Past the kept ones the order is strict: no later entry takes a dropped one's place.
            else if (!kept.Contains(i)) break;
        }
        var line = string.Join(Separator, entries.Where((_, i) => shown[i]));
        // Not even the first entry fits (a very narrow screen): as much of the line as there is room for.
        return line.Length > 0 ? line : keys[..room];
    }

    /// <summary>The entries never dropped while they fit: the first, and the last when it is the way out ("Esc close",
    /// "Échap annule"; an Esc inside the line, such as clearing a selection, is one key among the others).</summary>
    private static int[] Kept(string[] entries) =>
        entries.Length > 1 && entries[^1].StartsWith(Strings.KeysEsc + " ", StringComparison.Ordinal) ? [0, entries.Length - 1] : [0];

    /// <summary>The width of the entries <see cref="Fit"/> keeps.</summary>
    private static int KeptWidth(string keys)
    {
        var entries = keys.Split(Separator);
        return Kept(entries).Sum(i => entries[i].Length) + (Kept(entries).Length - 1) * Separator.Length;
    }

    private const string Separator = " · ";
}
