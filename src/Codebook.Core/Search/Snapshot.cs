using Codebook.Core.Changes;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Search;

/// <summary>The project as the index sees it for one change: transcripts with their case, codings and the theme
/// tree. Read as little as the change needs: a transcript and its codings by id, and every transcript or coding only
/// for a rebuild, a change to a case (whose transcripts must be found) or to themes (whose codings must be found).</summary>
internal sealed class Snapshot
{
    private readonly IProjectStore store;
    private readonly IReadOnlyList<Theme> themes;
    private Dictionary<string, Transcript>? transcripts;
    private ILookup<string, Coding>? codings;

    private Snapshot(IProjectStore store)
    {
        this.store = store;
        themes = store.Themes();
    }

    public static Snapshot Of(IProjectStore store) => new(store);

    public List<IndexedTranscript> All()
    {
        AllCodings();
        return AllTranscripts().Keys.Select(id => Find(id)!).ToList();
    }

    /// <summary>The transcript ready to index, or null when the project no longer has it.</summary>
    public IndexedTranscript? Find(string id)
    {
        var transcript = transcripts is null ? store.FindTranscript(id) : transcripts.GetValueOrDefault(id);
        if (transcript is null) return null;
        return new IndexedTranscript(transcript, transcript.CaseId is { } caseId ? store.FindCase(caseId) : null,
            codings is null ? store.CodingsOf(id) : codings[id].ToList(), themes);
    }

    /// <summary>The transcripts whose passages a change alters: those it wrote or whose codings it wrote, those of
    /// the cases it wrote, and those coded with a theme it wrote or any descendant of one (their <c>theme:</c> field
    /// lists ancestors, so a move or rename reaches down the tree).</summary>
    public HashSet<string> Affected(ChangeFootprint touched)
    {
        var affected = new HashSet<string>(touched.Transcripts, StringComparer.Ordinal);
        if (touched.Cases.Count > 0)
        {
            affected.UnionWith(AllTranscripts().Values.Where(t => t.CaseId is { } id && touched.Cases.Contains(id)).Select(t => t.Id));
        }
        if (touched.Themes.Count > 0)
        {
            var reached = Descendants(touched.Themes);
            affected.UnionWith(AllCodings().SelectMany(g => g).Where(c => reached.Contains(c.ThemeId)).Select(c => c.TranscriptId));
        }
        return affected;
    }

    private Dictionary<string, Transcript> AllTranscripts() =>
        transcripts ??= store.Transcripts().ToDictionary(t => t.Id, StringComparer.Ordinal);

    private ILookup<string, Coding> AllCodings() => codings ??= store.Codings().ToLookup(c => c.TranscriptId, StringComparer.Ordinal);

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
