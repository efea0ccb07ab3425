using Codebook.Core.Changes;
using Codebook.Core.Media;
using Codebook.Core.Model;

namespace Codebook.Core.Ports;

/// <summary>The project as one coder sees it in blind mode: only their own codings (placed or kept aside), no memo
/// on anyone else's coding, and a change log that does not tell what the others did to codings; everything else as
/// stored. A view for listing and counting only: changes go through the
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

    public IReadOnlyList<AttributeDefinition> AttributeDefinitions() => store.AttributeDefinitions();

    public IReadOnlyList<Theme> Themes() => store.Themes();

    public IReadOnlyList<Coding> Codings() => store.Codings().Where(Own).ToList();

    public IReadOnlyList<Coding> CodingsForAnalysis() => store.CodingsForAnalysis().Where(Own).ToList();

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

    public IReadOnlyList<CodebookVersion> Snapshots() => store.Snapshots();

    public IReadOnlyList<Pseudonym> Pseudonyms() => store.Pseudonyms();

    public IReadOnlyList<Recording> Recordings() => store.Recordings();

    public Recording? FindRecording(string transcriptId) => store.FindRecording(transcriptId);
    public IReadOnlyList<SpeakerRoleEntry> SpeakerRoles() => store.SpeakerRoles();

    /// <summary>Every change, in order, but another coder's change to codings or memos (and their undo or redo of
    /// one) with its summary masked: who and when stay, so the log still reads as the whole audit trail. The
    /// coder's own changes show in full: the command told them as much when they made them.</summary>
    public IReadOnlyList<Change> Changes()
    {
        var changes = store.Changes();
        var bySequence = changes.ToDictionary(c => c.Sequence);
        return changes.Select(c => Hides(c, Undone(c, bySequence)) ? Masked(c) : c).ToList();
    }

    /// <summary>Whether the change, or the one it undid or redid, is another coder's work on codings or memos.</summary>
    private bool Hides(Change change, Change origin) =>
        CodingWork.Contains(origin.Action) && (change.Coder != Coder || origin.Coder != Coder);

    /// <summary>What a blind log masks for the summary of another coder's change.</summary>
    public const string MaskedSummary = "(another coder's codings or memos: hidden in blind mode)";

    /// <summary>Changes whose summaries name or count codings (their spans, themes, excerpts) or memos.</summary>
    private static readonly HashSet<string> CodingWork = new(StringComparer.Ordinal)
    {
        "code", "uncode", "autocode", "place", "coding.review", "memo", "merge", "settle",
        "theme.merge", "theme.split", "theme.delete", "import.qdpx", "reimport",
    };

    public Change Commit(string coder, string action, string summary, Action<IChangeSet> apply) => throw ReadOnly();

    public Change? Undo(string coder) => throw ReadOnly();

    public Change? Redo(string coder) => throw ReadOnly();

    /// <summary>Nothing to release: the store belongs to whoever made the view.</summary>
    public void Dispose()
    {
    }

    private bool Own(Coding coding) => coding.Coder == Coder;

    /// <summary>The change an undo or redo took back or made again, followed back to one that is neither, else the
    /// change itself.</summary>
    private static Change Undone(Change change, Dictionary<long, Change> bySequence)
    {
        while (change.Reverts is { } sequence && bySequence.TryGetValue(sequence, out var target) && target.Sequence < change.Sequence)
        {
            change = target;
        }
        return change;
    }

    private static Change Masked(Change change) => new()
    {
        Sequence = change.Sequence,
        At = change.At,
        Coder = change.Coder,
        Action = change.Action,
        Summary = MaskedSummary,
        Reverts = change.Reverts,
    };

    private static InvalidOperationException ReadOnly() => new("a blind view is for reading; commit through the store");
}
