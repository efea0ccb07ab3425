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
        Char('/', ReaderAction.Search, "/", "search panel: results as you type, Enter jumps, Ctrl+K codes all hits"),
        Char('a', ReaderAction.Analyses, "a", "analyses: frequencies, matrices, co-occurrence, saturation"),
        Char('R', ReaderAction.Review, "R", "review mode: walk a theme's quotes, mark each fits / does not fit / comment"),
        Char('D', ReaderAction.CodebookDiff, "D", "codebook diff between two versions (snapshots)"),
        Char('?', ReaderAction.Help, "?", "all keys"),
        Char('q', ReaderAction.Quit, "q", "quit (everything is already saved)"),
    ];

    public static IReadOnlyList<PanelKey> Search { get; } =
    [
        new(Key.Enter, PanelAction.Jump, "Enter", "jump to the passage in the reader", "Enter jump"),
        new(Key.K.WithCtrl, PanelAction.CodeAllHits, "Ctrl+K", "code all hits with a theme (preview first)", "Ctrl+K code all hits"),
        new(Key.Esc, PanelAction.Close, "Esc", "close", "Esc close"),
    ];

    public static IReadOnlyList<PanelKey> Analyses { get; } =
    [
        new(Key.D1, PanelAction.Frequencies, "1", "theme frequencies (bar chart)", "1-5 analysis"),
        new(Key.D2, PanelAction.MatrixByCase, "2", "theme × case matrix"),
        new(Key.D3, PanelAction.MatrixByAttribute, "3", "theme × attribute matrix"),
        new(Key.D4, PanelAction.CoOccurrence, "4", "co-occurring themes"),
        new(Key.D5, PanelAction.Saturation, "5", "saturation curve"),
        new(Key.T, PanelAction.NextAttribute, "t", "next attribute (theme × attribute)", "t attribute"),
        new(new Key('/'), PanelAction.Restrict, "/", "restrict to the passages a query finds (empty: all)", "/ restrict"),
        new(Key.E, PanelAction.Export, "e", "export to a file (.csv or .md)", "e export"),
        new(Key.Esc, PanelAction.Close, "Esc", "close", "Esc close"),
    ];

    public static IReadOnlyList<PanelKey> Review { get; } =
    [
        new(Key.F, PanelAction.Fits, "f", "the quote fits the theme", "f fits"),
        new(Key.D, PanelAction.DoesNotFit, "d", "the quote does not fit", "d doesn't fit"),
        new(Key.C, PanelAction.Comment, "c", "comment on the quote", "c comment"),
        new(Key.N, PanelAction.NextQuote, "n/p", "next/previous quote", "n/p quote"),
        new(Key.P, PanelAction.PreviousQuote, "", ""),
        new(Key.S, PanelAction.NextStatus, "s", "the theme's review status: draft → in review → approved", "s status"),
        new(Key.T, PanelAction.OtherTheme, "t", "review another theme"),
        new(Key.Esc, PanelAction.Close, "Esc", "close", "Esc close"),
    ];

    public static IReadOnlyList<PanelKey> CodebookDiff { get; } =
    [
        new(Key.CursorLeft, PanelAction.EarlierVersion, "←/→", "the pair of versions before/after", "←/→ versions"),
        new(Key.CursorRight, PanelAction.LaterVersion, "", ""),
        new(Key.Esc, PanelAction.Close, "Esc", "close", "Esc close"),
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
