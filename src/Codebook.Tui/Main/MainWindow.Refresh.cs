using Codebook.Core.Model;
using Codebook.Tui.Transcripts;

namespace Codebook.Tui.Main;

public sealed partial class MainWindow
{
    /// <summary>After each committed change: codings, counts and progress again, the reader in place.</summary>
    private void Refresh(string message)
    {
        _codings = _session.Store.Codings();
        _codingMemos = null;
        _tree = _session.ThemeTree();
        Transcripts.Show(Rows());
        Themes.Show(_tree, Counts());
        if (Reader.Transcript is { } shown) Reader.Show(shown, _codings.Where(c => c.TranscriptId == shown.Id), ThemesById());
        if (Analyses.Visible) Analyses.Show(Analyses.Kind);
        if (Framework.Visible) Framework.Refresh();
        Review.Refresh();
        Status.Show(KeysNow(), message);
    }

    /// <summary>The shown transcript read again after a change to it that is not a coding (a role set, or its undo or
    /// redo), in the reader in place and in the list the reader opens from.</summary>
    private void ReloadShown()
    {
        if (Reader.Transcript is not { } shown || _session.Store.FindTranscript(shown.Id) is not { } fresh) return;
        int at = _transcripts.FindIndex(t => t.Id == fresh.Id);
        if (at >= 0) _transcripts[at] = fresh;
        Reader.Show(fresh, _codings.Where(c => c.TranscriptId == fresh.Id), ThemesById());
    }

    private List<TranscriptRow> Rows()
    {
        var byTranscript = _codings.ToLookup(c => c.TranscriptId);
        return _transcripts.Select(t => TranscriptRow.Of(t, byTranscript[t.Id])).ToList();
    }

    private Dictionary<string, int> Counts() => _codings.GroupBy(c => c.ThemeId).ToDictionary(g => g.Key, g => g.Count());

    private Dictionary<string, Theme> ThemesById() => _tree.InOrder.ToDictionary(x => x.Theme.Id, x => x.Theme);
}
