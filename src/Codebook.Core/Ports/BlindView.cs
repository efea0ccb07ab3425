using Codebook.Core.Changes;
using Codebook.Core.Model;

namespace Codebook.Core.Ports;

/// <summary>The project as one coder sees it in blind mode: only their own codings (placed or kept aside) and no memo
/// on anyone else's coding; everything else as stored. A view for listing and counting only: changes go through the
/// store itself, whose services must see every coding (to keep ids unique and carry others' work along).</summary>
public sealed class BlindView(IProjectStore store, string coder) : IProjectStore
{
    public string Coder { get; } = coder;

    public string Location => store.Location;

    public ProjectInfo Info => store.Info;

    public long LastChange => store.LastChange;

    public event Action<CommittedChange>? Committed
    {
        add => store.Committed += value;
        remove => store.Committed -= value;
    }

    public IReadOnlyList<Transcript> Transcripts() => store.Transcripts();

    public IReadOnlyList<Transcript> TranscriptsWithoutText() => store.TranscriptsWithoutText();

    public Transcript? FindTranscript(string id) => store.FindTranscript(id);

    public IReadOnlyList<TranscriptOutline> OutlinesOf(IReadOnlyList<string> transcriptIds) => store.OutlinesOf(transcriptIds);

    public Transcript? FindTranscriptBySourceHash(string sourceHash) => store.FindTranscriptBySourceHash(sourceHash);

    public IReadOnlyList<Case> Cases() => store.Cases();

    public Case? FindCase(string id) => store.FindCase(id);

    public IReadOnlyList<Theme> Themes() => store.Themes();

    public IReadOnlyList<Coding> Codings() => store.Codings().Where(Own).ToList();

    public Coding? FindCoding(string id) => store.FindCoding(id) is { } coding && Own(coding) ? coding : null;

    public IReadOnlyList<UnplacedCoding> UnplacedCodings() => store.UnplacedCodings().Where(u => Own(u.Coding)).ToList();

    /// <summary>Memos on codings only when the coding is this coder's; a memo on a coding gone from the project is
    /// kept if this coder wrote it.</summary>
    public IReadOnlyList<Memo> Memos()
    {
        var others = store.Codings().Select(c => c.Coder == Coder ? null : c.Id)
            .Concat(store.UnplacedCodings().Select(u => u.Coding.Coder == Coder ? null : u.Id))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        return store.Memos().Where(m => m.Target != MemoTarget.Coding || !others.Contains(m.TargetId)).ToList();
    }

    public IReadOnlyList<CodebookSnapshot> Snapshots() => store.Snapshots();

    public IReadOnlyList<Pseudonym> Pseudonyms() => store.Pseudonyms();

    public IReadOnlyList<Change> Changes() => store.Changes();

    public Change Commit(string coder, string action, string summary, Action<IChangeSet> apply) => throw ReadOnly();

    public Change? Undo(string coder) => throw ReadOnly();

    public Change? Redo(string coder) => throw ReadOnly();

    /// <summary>Nothing to release: the store belongs to whoever made the view.</summary>
    public void Dispose()
    {
    }

    private bool Own(Coding coding) => coding.Coder == Coder;

    private static InvalidOperationException ReadOnly() => new("a blind view is for reading; commit through the store");
}
