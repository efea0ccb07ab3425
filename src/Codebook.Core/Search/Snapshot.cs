using Codebook.Core.Changes;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Search;

/// <summary>The project as the index sees it, read once per change: transcripts with their case, codings and the
/// theme tree.</summary>
internal sealed class Snapshot
{
    private readonly Dictionary<string, Transcript> transcripts;
    private readonly Dictionary<string, Case> cases;
    private readonly ILookup<string, Coding> codings;
    private readonly IReadOnlyList<Theme> themes;

    private Snapshot(IProjectStore store)
    {
        transcripts = store.Transcripts().ToDictionary(t => t.Id, StringComparer.Ordinal);
        cases = store.Cases().ToDictionary(c => c.Id, StringComparer.Ordinal);
        codings = store.Codings().ToLookup(c => c.TranscriptId, StringComparer.Ordinal);
        themes = store.Themes();
    }

    public static Snapshot Of(IProjectStore store) => new(store);

    public List<IndexedTranscript> All() => transcripts.Keys.Select(id => Find(id)!).ToList();

    /// <summary>The transcript ready to index, or null when the project no longer has it.</summary>
    public IndexedTranscript? Find(string id) => transcripts.GetValueOrDefault(id) is { } transcript
        ? new IndexedTranscript(transcript, transcript.CaseId is { } caseId ? cases.GetValueOrDefault(caseId) : null,
            codings[id].ToList(), themes)
        : null;

    /// <summary>The transcripts whose passages a change alters: those it wrote or whose codings it wrote, those of
    /// the cases it wrote, and those coded with a theme it wrote or any descendant of one (their <c>theme:</c> field
    /// lists ancestors, so a move or rename reaches down the tree).</summary>
    public HashSet<string> Affected(ChangeFootprint touched)
    {
        var affected = new HashSet<string>(touched.Transcripts, StringComparer.Ordinal);
        affected.UnionWith(transcripts.Values.Where(t => t.CaseId is { } id && touched.Cases.Contains(id)).Select(t => t.Id));
        if (touched.Themes.Count > 0)
        {
            var reached = Descendants(touched.Themes);
            affected.UnionWith(codings.SelectMany(g => g).Where(c => reached.Contains(c.ThemeId)).Select(c => c.TranscriptId));
        }
        return affected;
    }

    /// <summary>The themes and all below them, found by parent links (also below a theme just deleted).</summary>
    private HashSet<string> Descendants(IEnumerable<string> roots)
    {
        var reached = new HashSet<string>(roots, StringComparer.Ordinal);
        var children = themes.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!, StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(c => reached.Add(c.Id))) queue.Enqueue(child.Id);
        }
        return reached;
    }
}
