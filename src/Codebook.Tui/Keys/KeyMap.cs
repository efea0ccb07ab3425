using Terminal.Gui.Input;

namespace Codebook.Tui.Keys;

/// <summary>The reader's keys as data: the reader dispatches on it, and the help screen and status bar are drawn from
/// it, so they cannot disagree. Letters are free for commands because themes are applied after the prefix <c>c</c>.</summary>
public static class KeyMap
{
    public const char CodePrefix = 'c';

    public static IReadOnlyList<KeyChord> Reader { get; } =
    [
        Move(Key.CursorLeft, ReaderAction.Left, "←/→", "character left/right"),
        Move(Key.CursorRight, ReaderAction.Right, null, null),
        Move(Key.CursorUp, ReaderAction.Up, "↑/↓", "row up/down"),
        Move(Key.CursorDown, ReaderAction.Down, null, null),
        Move(Key.CursorLeft.WithCtrl, ReaderAction.WordLeft, "Ctrl+←/→, b/w", "word back/forward"),
        Move(Key.CursorRight.WithCtrl, ReaderAction.WordRight, null, null),
        Char('b', ReaderAction.WordLeft, null, null),
        Char('w', ReaderAction.WordRight, null, null),
        Char('(', ReaderAction.SentencePrevious, "( )", "sentence back/forward"),
        Char(')', ReaderAction.SentenceNext, null, null),
        Char('[', ReaderAction.TurnPrevious, "[ ]", "turn back/forward"),
        Char(']', ReaderAction.TurnNext, null, null),
        Move(Key.Home, ReaderAction.LineStart, "Home/End", "start/end of the row"),
        Move(Key.End, ReaderAction.LineEnd, null, null),
        Move(Key.PageUp, ReaderAction.PageUp, "PgUp/PgDn", "page up/down"),
        Move(Key.PageDown, ReaderAction.PageDown, null, null),
        Move(Key.Home.WithCtrl, ReaderAction.Top, "Ctrl+Home/End", "start/end of the transcript"),
        Move(Key.End.WithCtrl, ReaderAction.Bottom, null, null),
        new(null, null, ReaderAction.Left, true, "Shift+move", "extend the selection (arrows, Ctrl+arrows, Home/End, PgUp/PgDn)"),
        Char('v', ReaderAction.ToggleMark, "v", "set a mark: moves extend the selection from it (v again drops it)"),
        new(Key.Esc, null, ReaderAction.ClearSelection, false, "Esc", "clear the selection"),
        Char(CodePrefix, ReaderAction.CodeWithKey, "c KEY", "code the selection (or the turn) with the theme of that key"),
        Char('t', ReaderAction.PickTheme, "t", "code with a theme picked by name (English, French or Spanish)"),
        Char('x', ReaderAction.Uncode, "x", "remove the coding under the cursor"),
        Char('m', ReaderAction.Memo, "m", "write a memo on the coding under the cursor"),
        Char('n', ReaderAction.NextCoding, "n/N", "next/previous coding"),
        Char('N', ReaderAction.PreviousCoding, null, null),
        Char('g', ReaderAction.NextUncodedTurn, "g", "next turn nobody has coded"),
        Char('u', ReaderAction.Undo, "u", "undo the last change"),
        Char('r', ReaderAction.Redo, "r", "redo"),
        Char('o', ReaderAction.OpenTranscript, "o", "go to the transcripts list (↑/↓ to choose, Enter to read)"),
        Char('?', ReaderAction.Help, "?", "all keys"),
        Char('q', ReaderAction.Quit, "q", "quit (everything is already saved)"),
    ];

    /// <summary>Shift with a move key extends the selection instead of moving alone.</summary>
    public static KeyChord? Find(Key key)
    {
        var plain = Reader.FirstOrDefault(c => c.Matches(key));
        if (plain is not null) return plain;
        if (!key.IsShift) return null;
        var unshifted = Reader.FirstOrDefault(c => c.Key is not null && c.Key == key.NoShift && c.Action <= ReaderAction.Bottom);
        return unshifted is null ? null : unshifted with { Extend = true };
    }

    /// <summary>Entries that have their own line in the help (the second key of a pair shares the first's line).</summary>
    public static IEnumerable<KeyChord> Documented => Reader.Where(c => c.Help.Length > 0);

    private static KeyChord Move(Key key, ReaderAction action, string? keys, string? help) => new(key, null, action, false, keys ?? "", help ?? "");

    private static KeyChord Char(char c, ReaderAction action, string? keys, string? help) => new(null, c, action, false, keys ?? "", help ?? "");
}
