using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Speakers;
using Codebook.Tui.Detail;
using Codebook.Tui.Keys;
using Codebook.Tui.Panels;
using Codebook.Tui.Reader;
using Codebook.Tui.Resources;
using Codebook.Tui.Themes;

namespace Codebook.Tui;

public sealed partial class MainWindow
{
    /// <summary>What the reader asks for beyond moving: each change goes through the session, which commits it.</summary>
    private void Do(ReaderAction action, char? key)
    {
        switch (action)
        {
            case ReaderAction.CodeWithKey when key is { } k:
                if (_tree.InOrder.Select(x => x.Theme).FirstOrDefault(t => t.Key == k.ToString()) is { } theme) CodeWith(theme);
                else Status.Show(KeysNow(), Names.Format(Strings.NoThemeWithKey, k));
                break;
            case ReaderAction.PickTheme:
                Picker.Open(_tree.InOrder.Select(x => x.Theme).ToList());
                break;
            case ReaderAction.Uncode:
                if (CodingHere() is { } coding) Try(() => _session.Uncode(coding.Id));
                else Status.Show(KeysNow(), Strings.NoCodingHere);
                break;
            case ReaderAction.Memo:
                if (CodingHere() is { } onCoding) Prompt.Ask(Names.Format(Strings.MemoOn, onCoding.ThemeId, onCoding.Id), SaveMemo);
                else Status.Show(KeysNow(), Strings.NoCodingForMemo);
                break;
            case ReaderAction.SpeakerRole:
                AskRole();
                break;
            case ReaderAction.Undo:
                if (_session.Undo() is null) Status.Show(KeysNow(), Strings.NothingToUndo);
                else ReloadShown();
                break;
            case ReaderAction.Redo:
                if (_session.Redo() is null) Status.Show(KeysNow(), Strings.NothingToRedo);
                else ReloadShown();
                break;
            case ReaderAction.NextCoding:
                GoTo(Reader.Codings.NextAfter(Reader.Offset)?.Start, Strings.NoCodingAfter);
                break;
            case ReaderAction.PreviousCoding:
                GoTo(Reader.Codings.PreviousBefore(Reader.Offset)?.Start, Strings.NoCodingBefore);
                break;
            case ReaderAction.NextUncodedTurn:
                GoTo(NextUncodedTurn()?.Words.Start, Strings.EveryTurnCoded);
                break;
            case ReaderAction.OpenTranscript:
                Transcripts.SetFocus();
                break;
            case ReaderAction.Search:
                Search.Open();
                Opened(Search);
                break;
            case ReaderAction.Analyses:
                Analyses.Open();
                Opened(Analyses);
                break;
            case ReaderAction.Review:
                Review.Open();
                Opened(Review);
                break;
            case ReaderAction.CodebookDiff:
                CodebookDiff.Open();
                Opened(CodebookDiff);
                break;
            case ReaderAction.Framework:
                Framework.Open();
                Opened(Framework);
                break;
            case ReaderAction.Help:
                KeyHelp.Open();
                break;
            case ReaderAction.Play:
                Listening.PlayOrPause();
                break;
            case ReaderAction.Replay:
                Listening.Replay();
                break;
            case ReaderAction.StepBack or ReaderAction.StepForward:
                Listening.StepBy(action == ReaderAction.StepBack ? -1 : 1);
                break;
            case ReaderAction.Quit:
                App?.RequestStop();
                break;
        }
    }

    /// <summary>Codes the reader's selection, snapped to whole words, or the turn under the cursor when nothing is selected.</summary>
    private void CodeWith(Theme theme)
    {
        if (Reader.Transcript is not { } transcript) return;
        SpanChoice span;
        if (Reader.Selection is { } selection)
        {
            var snapped = WordBoundaries.Snap(transcript.Text, selection);
            span = new OffsetSpan(snapped.Start, snapped.End);
        }
        else if (TextMotions.TurnAt(transcript, Reader.Offset) is { } turn) span = new TurnSpan(turn.Index + 1);
        else
        {
            Status.Show(KeysNow(), Strings.SelectFirst);
            return;
        }
        if (Try(() => _session.Code(transcript.Id, theme.Id, span))) Reader.ClearSelection();
    }

    /// <summary>Offers the roles for the speaker of the turn under the cursor, in this transcript.</summary>
    private void AskRole()
    {
        if (Reader.Transcript is not { } transcript) return;
        if (TextMotions.TurnAt(transcript, Reader.Offset) is not { Speaker: { } speaker } turn || turn.Role == SpeakerRole.Note)
        {
            Status.Show(KeysNow(), Strings.NoSpeakerHere);
            return;
        }
        var roles = SpeakerService.Settable;
        Choice.Ask(Names.Format(Strings.RoleTitle, speaker, transcript.Id), roles.Select(Names.Role).ToList(), Math.Max(0, roles.ToList().IndexOf(turn.Role)), choice =>
        {
            if (Try(() => _session.SetRole(transcript.Id, speaker, roles[choice]))) ReloadShown();
        });
    }

    private void SaveMemo(string text)
    {
        if (text.Length > 0 && CodingHere() is { } coding) Try(() => _session.AddMemo(coding.Id, text));
    }

    /// <summary>The innermost coding under the cursor, this coder's first.</summary>
    private Coding? CodingHere()
    {
        var here = Reader.Codings.At(Reader.Offset);
        return here.FirstOrDefault(c => c.Coder == _session.Coder.Name) ?? here.FirstOrDefault();
    }

    /// <summary>The next turn after the cursor, not the interviewer's, with no coding by anyone.</summary>
    private Turn? NextUncodedTurn() => Reader.Transcript?.Turns.FirstOrDefault(t =>
        t.Words.Start > Reader.Offset && t.Role != SpeakerRole.Interviewer && t.Words.Length > 0 && !Reader.Codings.Overlapping(t.Words).Any());

    /// <summary>A panel just opened: its keys in the status line, and no message, since the last one was about the
    /// reader and on a narrow screen would push the panel's keys (Esc close the last) off the row.</summary>
    private void Opened(Panel panel) => Status.Show(panel.KeysLine, "");

    private void GoTo(int? offset, string otherwise)
    {
        if (offset is { } at) Reader.MoveTo(at);
        else Status.Show(KeysNow(), otherwise);
    }

    /// <summary>Runs a change; a refusal (already coded, bad span) is shown in the status line, nothing else happens.</summary>
    private bool Try(Action change)
    {
        try
        {
            change();
            return true;
        }
        catch (CodebookException e)
        {
            Status.Show(KeysNow(), Names.Refusal(e));
            return false;
        }
    }

    private void ShowWhereTheCursorIs()
    {
        Status.Show(KeysNow());
        if (Reader.Transcript is not { } transcript) return;
        var lines = new List<DetailLine>();
        var turn = TextMotions.TurnAt(transcript, Reader.Offset);
        var line = transcript.FileLine(Reader.LineAt(Reader.Offset));
        var where = turn is null ? Names.Format(Strings.WhereLine, line)
            : Names.Format(Strings.WhereTurn, turn.Index + 1, turn.Speaker ?? Strings.NoSpeaker, Names.Role(turn.Role), line);
        if (Reader.Selection is { } s) where += Names.Format(Strings.WhereSelected, s, Names.Count(s.Length, Strings.CharactersOne, Strings.CharactersMany));
        lines.Add(new DetailLine(where));
        _codingMemos ??= _session.Store.Memos().Where(m => m.Target == MemoTarget.Coding).ToLookup(m => m.TargetId);
        foreach (var coding in Reader.Codings.At(Reader.Offset))
        {
            var theme = _tree.Find(coding.ThemeId);
            lines.Add(new DetailLine($"{Stripe} {(theme is null ? coding.ThemeId : ThemeLabel.Of(theme))} — {coding.Coder} ({coding.Id}, {coding.Span})", ThemeColors.Of(theme), Bold: true));
            if (coding.Memo is { } memo) lines.Add(new DetailLine(Names.Format(Strings.MemoLine, memo)));
            foreach (var m in _codingMemos[coding.Id]) lines.Add(new DetailLine(Names.Format(Strings.MemoByLine, m.Author, m.Text)));
        }
        Detail.Show(lines);
    }

    private const char Stripe = ReaderView.Stripe;

    /// <summary>The keys that matter in the state the reader is in.</summary>
    private string KeysNow()
    {
        if (Panels.FirstOrDefault(p => p.Visible) is { } panel) return panel.KeysLine;
        if (Reader.AwaitingThemeKey) return Strings.KeysAwaitingTheme;
        if (Reader.Selection is not null) return Strings.KeysSelection;
        return Strings.KeysReader;
    }
}
