using Codebook.Tui.Keys;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Main;

public sealed partial class MainWindow
{
    /// <summary>What the reader's keys do beyond moving and selecting (<see cref="KeyMap.Reader"/> binds them): each
    /// change goes through the session, which commits it.</summary>
    private void AddReaderActions()
    {
        // Coding
        Reader.ThemeKeyTyped += CodeWithKey;
        Reader.AddAction(ReaderAction.PickTheme, () => Picker.Open(_tree.InOrder.Select(x => x.Theme).ToList()));
        Reader.AddAction(ReaderAction.Uncode, Uncode);
        Reader.AddAction(ReaderAction.Memo, AskMemo);
        Reader.AddAction(ReaderAction.SpeakerRole, AskRole);
        Reader.AddAction(ReaderAction.Undo, Undo);
        Reader.AddAction(ReaderAction.Redo, Redo);
        // Navigation
        Reader.AddAction(ReaderAction.NextCoding, () => GoTo(Reader.Codings.NextAfter(Reader.Offset)?.Start, Strings.NoCodingAfter));
        Reader.AddAction(ReaderAction.PreviousCoding, () => GoTo(Reader.Codings.PreviousBefore(Reader.Offset)?.Start, Strings.NoCodingBefore));
        Reader.AddAction(ReaderAction.NextUncodedTurn, () => GoTo(NextUncodedTurn()?.Words.Start, Strings.EveryTurnCoded));
        Reader.AddAction(ReaderAction.OpenTranscript, () => Transcripts.SetFocus());
        // Panels and boxes
        Reader.AddAction(ReaderAction.Search, () => Opened(Search, Search.Open));
        Reader.AddAction(ReaderAction.Analyses, () => Opened(Analyses, () => Analyses.Open()));
        Reader.AddAction(ReaderAction.Review, () => Opened(Review, Review.Open));
        Reader.AddAction(ReaderAction.CodebookDiff, () => Opened(CodebookDiff, CodebookDiff.Open));
        Reader.AddAction(ReaderAction.Framework, () => Opened(Framework, Framework.Open));
        Reader.AddAction(ReaderAction.Help, KeyHelp.Open);
        // Media
        Reader.AddAction(ReaderAction.Play, Listening.PlayOrPause);
        Reader.AddAction(ReaderAction.Replay, Listening.Replay);
        Reader.AddAction(ReaderAction.StepBack, () => Listening.StepBy(-1));
        Reader.AddAction(ReaderAction.StepForward, () => Listening.StepBy(1));
        Reader.AddAction(ReaderAction.Quit, () => App?.RequestStop());
    }
}
