using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Speakers;
using Codebook.Tui.Reader;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Main;

public sealed partial class MainWindow
{
    /// <summary>The theme with the key typed after the prefix <c>c</c>.</summary>
    private void CodeWithKey(char key)
    {
        if (_tree.InOrder.Select(x => x.Theme).FirstOrDefault(t => t.Key == key.ToString()) is { } theme) CodeWith(theme);
        else Status.Show(KeysNow(), Names.Format(Strings.NoThemeWithKey, key));
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

    private void Uncode()
    {
        if (CodingHere() is { } coding) Try(() => _session.Uncode(coding.Id));
        else Status.Show(KeysNow(), Strings.NoCodingHere);
    }

    private void AskMemo()
    {
        if (CodingHere() is { } coding) Prompt.Ask(Names.Format(Strings.MemoOn, coding.ThemeId, coding.Id), SaveMemo);
        else Status.Show(KeysNow(), Strings.NoCodingForMemo);
    }

    private void SaveMemo(string text)
    {
        if (text.Length > 0 && CodingHere() is { } coding) Try(() => _session.AddMemo(coding.Id, text));
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

    private void Undo()
    {
        if (_session.Undo() is null) Status.Show(KeysNow(), Strings.NothingToUndo);
        else ReloadShown();
    }

    private void Redo()
    {
        if (_session.Redo() is null) Status.Show(KeysNow(), Strings.NothingToRedo);
        else ReloadShown();
    }

    /// <summary>The innermost coding under the cursor, this coder's first.</summary>
    private Coding? CodingHere()
    {
        var here = Reader.Codings.At(Reader.Offset);
        return here.FirstOrDefault(c => c.Coder == _session.Coder.Name) ?? here.FirstOrDefault();
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
}
