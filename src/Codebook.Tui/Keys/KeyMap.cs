using Codebook.Tui.Resources;
using Terminal.Gui.Input;

namespace Codebook.Tui.Keys;

/// <summary>The keys as data: the reader and the panels bind their keys from it (<see cref="MapBindings"/>), and the
/// help screen and the status line are drawn from it, so they cannot disagree. Letters are free for commands because themes are applied after the prefix <c>c</c>.
/// The lists are built on each use, so their labels are in the UI language of the moment.</summary>
public static class KeyMap
{
    public const char CodePrefix = 'c';

    public static IReadOnlyList<KeyChord> Reader =>
    [
        Move(Key.CursorLeft, ReaderAction.Left, "←/→", Strings.KeyCharacter),
        Move(Key.CursorRight, ReaderAction.Right, null, null),
        Move(Key.CursorUp, ReaderAction.Up, "↑/↓", Strings.KeyRow),
        Move(Key.CursorDown, ReaderAction.Down, null, null),
        Move(Key.CursorLeft.WithCtrl, ReaderAction.WordLeft, Strings.KeysWord, Strings.KeyWord),
        Move(Key.CursorRight.WithCtrl, ReaderAction.WordRight, null, null),
        Char('b', ReaderAction.WordLeft, null, null),
        Char('w', ReaderAction.WordRight, null, null),
        Char('(', ReaderAction.SentencePrevious, "( )", Strings.KeySentence),
        Char(')', ReaderAction.SentenceNext, null, null),
        Char('[', ReaderAction.TurnPrevious, "[ ]", Strings.KeyTurn),
        Char(']', ReaderAction.TurnNext, null, null),
        Move(Key.Home, ReaderAction.LineStart, Strings.KeysHomeEnd, Strings.KeyHomeEnd),
        Move(Key.End, ReaderAction.LineEnd, null, null),
        Move(Key.PageUp, ReaderAction.PageUp, Strings.KeysPage, Strings.KeyPage),
        Move(Key.PageDown, ReaderAction.PageDown, null, null),
        Move(Key.Home.WithCtrl, ReaderAction.Top, Strings.KeysTopBottom, Strings.KeyTopBottom),
        Move(Key.End.WithCtrl, ReaderAction.Bottom, null, null),
        new(null, null, ReaderAction.Left, true, Strings.KeysExtend, Strings.KeyExtend),
        Char('v', ReaderAction.ToggleMark, "v", Strings.KeyMark),
        new(Key.Esc, null, ReaderAction.ClearSelection, false, Strings.KeysEsc, Strings.KeyClear),
        Char(CodePrefix, ReaderAction.CodeWithKey, Strings.KeysCode, Strings.KeyCode),
        Char('t', ReaderAction.PickTheme, "t", Strings.KeyPick),
        Char('x', ReaderAction.Uncode, "x", Strings.KeyUncode),
        Char('m', ReaderAction.Memo, "m", Strings.KeyMemo),
        Char('S', ReaderAction.SpeakerRole, "S", Strings.KeyRole),
        Char('n', ReaderAction.NextCoding, "n/N", Strings.KeyNextCoding),
        Char('N', ReaderAction.PreviousCoding, null, null),
        Char('g', ReaderAction.NextUncodedTurn, "g", Strings.KeyUncoded),
        Char('u', ReaderAction.Undo, "u", Strings.KeyUndo),
        Char('r', ReaderAction.Redo, "r", Strings.KeyRedo),
        Char('o', ReaderAction.OpenTranscript, "o", Strings.KeyTranscripts),
        Char('/', ReaderAction.Search, "/", Strings.KeySearch),
        Char('a', ReaderAction.Analyses, "a", Strings.KeyAnalyses),
        Char('R', ReaderAction.Review, "R", Strings.KeyReview),
        Char('D', ReaderAction.CodebookDiff, "D", Strings.KeyDiff),
        Char('p', ReaderAction.Play, "p", Strings.KeyPlay),
        Char('P', ReaderAction.Replay, "P", Strings.KeyReplay),
        Char(',', ReaderAction.StepBack, ", .", Strings.KeyStep),
        Char('.', ReaderAction.StepForward, null, null),
        Char('F', ReaderAction.Framework, "F", Strings.KeyFramework),
        Char('?', ReaderAction.Help, "?", Strings.KeyHelp),
        Char('q', ReaderAction.Quit, "q", Strings.KeyQuit),
    ];

    /// <summary>Keys that work anywhere in the main window, not only in the reader: Terminal.Gui's own (Tab, Enter on
    /// a list) and the mouse, listed in the help.</summary>
    public static IReadOnlyList<(string Keys, string Help)> Window =>
    [
        (Strings.KeysTab, Strings.HelpTab),
        (Strings.KeysEnterTranscripts, Strings.HelpEnterTranscripts),
        (Strings.KeysEnterThemes, Strings.HelpEnterThemes),
        (Strings.KeysMouse, Strings.HelpMouse),
    ];

    public static IReadOnlyList<PanelKey> Search =>
    [
        new(Key.Enter, PanelAction.Jump, Strings.KeysEnter, Strings.KeyJump, Strings.BriefJump),
        new(Key.K.WithCtrl, PanelAction.CodeAllHits, "Ctrl+K", Strings.KeyCodeAll, Strings.BriefCodeAll),
        new(Key.P.WithCtrl, PanelAction.PlayQuote, "Ctrl+P", Strings.KeyPlayQuote),
        new(Key.Esc, PanelAction.Close, Strings.KeysEsc, Strings.KeyClose, Strings.BriefClose),
    ];

    public static IReadOnlyList<PanelKey> Analyses =>
    [
        new(Key.D1, PanelAction.Frequencies, "1", Strings.KeyFrequencies, Strings.BriefAnalysis),
        new(Key.D2, PanelAction.MatrixByCase, "2", Strings.KeyMatrixByCase),
        new(Key.D3, PanelAction.MatrixByAttribute, "3", Strings.KeyMatrixByAttribute),
        new(Key.D4, PanelAction.CoOccurrence, "4", Strings.KeyCoOccurrence),
        new(Key.D5, PanelAction.Saturation, "5", Strings.KeySaturation),
        new(Key.T, PanelAction.NextAttribute, "t", Strings.KeyNextAttribute, Strings.BriefAttribute),
        new(new Key('/'), PanelAction.Restrict, "/", Strings.KeyRestrict, Strings.BriefRestrict),
        new(Key.E, PanelAction.Export, "e", Strings.KeyExport, Strings.BriefExport),
        new(Key.Esc, PanelAction.Close, Strings.KeysEsc, Strings.KeyClose, Strings.BriefClose),
    ];

    public static IReadOnlyList<PanelKey> Review =>
    [
        new(Key.F, PanelAction.Fits, "f", Strings.KeyFits, Strings.BriefFits),
        new(Key.D, PanelAction.DoesNotFit, "d", Strings.KeyDoesNotFit, Strings.BriefDoesNotFit),
        new(Key.C, PanelAction.Comment, "c", Strings.KeyComment, Strings.BriefComment),
        new(Key.N, PanelAction.NextQuote, "n/p", Strings.KeyNextQuote, Strings.BriefQuote),
        new(Key.P, PanelAction.PreviousQuote, "", ""),
        new(Key.S, PanelAction.NextStatus, "s", Strings.KeyStatus, Strings.BriefStatus),
        new(Key.T, PanelAction.OtherTheme, "t", Strings.KeyOtherTheme),
        new(Key.P.WithCtrl, PanelAction.PlayQuote, "Ctrl+P", Strings.KeyPlayQuote),
        new(Key.Esc, PanelAction.Close, Strings.KeysEsc, Strings.KeyClose, Strings.BriefClose),
    ];

    public static IReadOnlyList<PanelKey> CodebookDiff =>
    [
        new(Key.CursorLeft, PanelAction.EarlierVersion, "←/→", Strings.KeyVersions, Strings.BriefVersions),
        new(Key.CursorRight, PanelAction.LaterVersion, "", ""),
        new(Key.Esc, PanelAction.Close, Strings.KeysEsc, Strings.KeyClose, Strings.BriefClose),
    ];

    public static IReadOnlyList<PanelKey> Framework =>
    [
        new(Key.CursorLeft, PanelAction.CellLeft, "←↑↓→", Strings.KeyCell, Strings.BriefCell),
        new(Key.CursorRight, PanelAction.CellRight, "", ""),
        new(Key.CursorUp, PanelAction.CellUp, "", ""),
        new(Key.CursorDown, PanelAction.CellDown, "", ""),
        new(Key.Enter, PanelAction.EditSummary, Strings.KeysEnter, Strings.KeySummary, Strings.BriefSummary),
        new(Key.N, PanelAction.NextPassage, "n/p", Strings.KeyPassage, Strings.BriefPassage),
        new(Key.P, PanelAction.PreviousPassage, "", ""),
        new(Key.G, PanelAction.OpenPassage, "g", Strings.KeyOpenPassage, Strings.BriefOpenPassage),
        new(Key.Esc, PanelAction.Close, Strings.KeysEsc, Strings.KeyClose, Strings.BriefClose),
    ];

    /// <summary>The reader's key bindings: each entry's key, and Shift with a move key, which extends the selection
    /// instead of moving alone.</summary>
    public static IEnumerable<(Key Key, KeyChord Chord)> ReaderBindings
    {
        get
        {
            foreach (var chord in Reader)
            {
                if (chord.Bound is not { } key) continue;
                yield return (key, chord);
                if (chord.Key is not null && chord.Action.IsMove()) yield return (key.WithShift, chord with { Extend = true });
            }
        }
    }

    /// <summary>The reader's keys for the status line, in the state the reader is in.</summary>
    public static string ReaderLine(bool awaitingThemeKey, bool selecting) =>
        awaitingThemeKey ? Strings.KeysAwaitingTheme : selecting ? Strings.KeysSelection : Strings.KeysReader;

    /// <summary>Entries that have their own line in the help (the second key of a pair shares the first's line).</summary>
    public static IEnumerable<KeyChord> Documented => Reader.Where(c => c.Help.Length > 0);

    private static KeyChord Move(Key key, ReaderAction action, string? keys, string? help) => new(key, null, action, false, keys ?? "", help ?? "");

    private static KeyChord Char(char c, ReaderAction action, string? keys, string? help) => new(null, c, action, false, keys ?? "", help ?? "");
}
