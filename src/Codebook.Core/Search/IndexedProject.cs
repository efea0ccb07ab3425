using Codebook.Core.Changes;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Themes;

namespace Codebook.Core.Search;

/// <summary>The project as the index sees it for one update: transcripts with their case, codings and the theme
/// tree. Each transcript is read with its text only when asked for, by id, so an update of every transcript holds one
/// at a time; every transcript (without text) or every coding is read only to find those a change to a case or a
/// theme reaches, or for a rebuild.</summary>
internal sealed class IndexedProject
{
    private readonly IProjectStore store;
    private IReadOnlyList<Theme>? themes;
    private IReadOnlyList<Transcript>? outlines;
    private ILookup<string, Coding>? codings;

    private IndexedProject(IProjectStore store) => this.store = store;

    public static IndexedProject Of(IProjectStore store) => new(store);

    /// <summary>How many transcripts the project holds.</summary>
    public int Count => Outlines().Count;

    /// <summary>Every transcript ready to index, read one by one as the sequence is walked.</summary>
    public IEnumerable<IndexedTranscript> All()
    {
        AllCodings();
        return Outlines().Select(t => Find(t.Id)).OfType<IndexedTranscript>();
    }

    /// <summary>The transcript ready to index, or null when the project no longer has it.</summary>
    public IndexedTranscript? Find(string id)
    {
        var transcript = store.FindTranscript(id);
        if (transcript is null) return null;
        var coded = codings is null ? store.CodingsOf(id) : codings[id].ToList();
        // The theme tree only places codings: a transcript just imported has none, and its change reads no theme.
        return new IndexedTranscript(transcript, transcript.CaseId is { } caseId ? store.FindCase(caseId) : null,
            coded, coded.Count == 0 ? [] : Themes());
    }

    /// <summary>The transcripts a change reaches through what else it wrote: those of the cases it wrote, and those
    /// coded with a theme it wrote or any descendant of one (their <c>theme:</c> field lists ancestors, so a move or
    /// rename reaches down the tree).</summary>
    public HashSet<string> Reached(ChangeFootprint touched)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        if (touched.Cases.Count > 0)
        {
            reached.UnionWith(Outlines().Where(t => t.CaseId is { } id && touched.Cases.Contains(id)).Select(t => t.Id));
        }
        if (touched.Themes.Count > 0)
        {
            var themed = new ThemeTree(Themes()).WithDescendants(touched.Themes);
            reached.UnionWith(AllCodings().SelectMany(g => g).Where(c => themed.Contains(c.ThemeId)).Select(c => c.TranscriptId));
        }
        return reached;
    }

    private IReadOnlyList<Theme> Themes() => themes ??= store.Themes();

    private IReadOnlyList<Transcript> Outlines() => outlines ??= store.TranscriptsWithoutText();

    private ILookup<string, Coding> AllCodings() => codings ??= store.Codings().ToLookup(c => c.TranscriptId, StringComparer.Ordinal);
}
