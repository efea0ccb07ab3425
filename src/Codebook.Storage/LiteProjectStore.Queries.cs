using Codebook.Core.Changes;
using Codebook.Core.Media;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using LiteDB;

namespace Codebook.Storage;

public sealed partial class LiteProjectStore
{
    public IReadOnlyList<Transcript> Transcripts() =>
        _engine.All(Collections.Transcripts).Select(DocumentReader.ToTranscript).ToList();

    /// <summary>From the transcripts' heads (<see cref="TranscriptHeads"/>) when every transcript has one (as every change
    /// and the schema step keep it), otherwise from the transcripts, without their text, turns and file lines.</summary>
    public IReadOnlyList<Transcript> TranscriptsWithoutText()
    {
        var heads = _engine.All(Collections.TranscriptHeads).Select(DocumentReader.ToTranscript).ToList();
        return heads.Count == _engine.Count(Collections.Transcripts) ? heads : TranscriptsWithoutTextRead();
    }

    private List<Transcript> TranscriptsWithoutTextRead() =>
        _engine.Select(Collections.Transcripts, "{ _id, Title, Language, Date, CaseId, Interviewers, SourceFile, SourceHash, ImportedAt, ImportedBy }")
            .Select(DocumentReader.ToTranscript)
            .ToList();

    public Transcript? FindTranscript(string id) =>
        _engine.FindById(Collections.Transcripts, id) is { } document ? DocumentReader.ToTranscript(document) : null;

    /// <summary>Many transcripts' outlines are read in one pass over the collection (half the time of a look-up each,
    /// measured at 20 MB), a few by id.</summary>
    public IReadOnlyList<TranscriptOutline> OutlinesOf(IReadOnlyList<string> transcriptIds)
    {
        var wanted = transcriptIds.ToHashSet(StringComparer.Ordinal);
        var documents = wanted.Count <= 16
            ? wanted.Select(id => _engine.FindById(Collections.Outlines, id)).OfType<BsonDocument>()
            : _engine.All(Collections.Outlines).Where(d => wanted.Contains(d["_id"].AsString));
        var stored = documents.Select(OutlineDocuments.ToOutline).ToDictionary(o => o.TranscriptId, StringComparer.Ordinal);
        return transcriptIds.Select(id => stored.GetValueOrDefault(id) ?? TranscriptOutline.Of(this.RequireTranscript(id))).ToList();
    }

    public Transcript? FindTranscriptBySourceHash(string sourceHash) =>
        Db.GetCollection<Transcript>(Collections.Transcripts).FindOne(t => t.SourceHash == sourceHash);

    public IReadOnlyList<Case> Cases() => _engine.All(Collections.Cases).Select(DocumentReader.ToCase).ToList();

    public Case? FindCase(string id) =>
        _engine.FindById(Collections.Cases, id) is { } document ? DocumentReader.ToCase(document) : null;

    public IReadOnlyList<AttributeDefinition> AttributeDefinitions() => All<AttributeDefinition>(Collections.AttributeDefinitions);

    public IReadOnlyList<Theme> Themes() => _engine.All(Collections.Themes).Select(DocumentReader.ToTheme).ToList();

    public IReadOnlyList<Coding> Codings() =>
        _engine.All(Collections.Codings).Select(CodingDocuments.ToCoding).ToList();

    /// <summary>From the codings' read model (<see cref="CodingColumns"/>), a document per transcript.</summary>
    public IReadOnlyList<Coding> CodingsForAnalysis() => CodingColumns.Read(_engine);

    /// <summary>Through the index on <c>TranscriptId</c> (Migrations/CreateIndexes.cs). The id is a parameter:
    /// LiteDB compiles an expression once per text and keeps it for the process, and <c>Query.EQ</c> writes the value
    /// into the text, so each transcript compiled (and kept) a new method; that steady JIT also kept the import's hot
    /// code (Lucene's analysis and indexing) from being recompiled optimised.</summary>
    public IReadOnlyList<Coding> CodingsOf(string transcriptId) =>
        _engine.Find(Collections.Codings, BsonExpression.Create("TranscriptId = @0", transcriptId)).Select(CodingDocuments.ToCoding).ToList();

    public Coding? FindCoding(string id) => Db.GetCollection<Coding>(Collections.Codings).FindById(id);

    public IReadOnlyList<UnplacedCoding> UnplacedCodings() => All<UnplacedCoding>(Collections.UnplacedCodings);

    public IReadOnlyList<Memo> Memos() => All<Memo>(Collections.Memos);

    public IReadOnlyList<Pseudonym> Pseudonyms() => All<Pseudonym>(Collections.Pseudonyms);

    /// <summary>A project file from before recordings were linked has no such collection: it reads as none.</summary>
    public IReadOnlyList<Recording> Recordings() => All<Recording>(Collections.Recordings);

    public Recording? FindRecording(string transcriptId) => Db.GetCollection<Recording>(Collections.Recordings).FindById(transcriptId);
    public IReadOnlyList<SpeakerRoleEntry> SpeakerRoles() => All<SpeakerRoleEntry>(Collections.SpeakerRoles);

    public IReadOnlyList<CodebookVersion> Snapshots() => All<CodebookVersion>(Collections.Snapshots).OrderBy(s => s.At).ToList();

    /// <summary>The log without the documents each change wrote, which can be large (imported transcripts).</summary>
    public IReadOnlyList<Change> Changes() =>
        Db.GetCollection(Collections.Changes).Query()
            .OrderBy("_id")
            .Select("{ _id, At, Coder, Action, Summary, UndoOf, RedoOf }")
            .ToEnumerable()
            .Select(d => Mapper.ToObject<ChangeRecord>(d).ToChange())
            .ToList();

    /// <summary>Read as documents, then mapped: <c>GetCollection&lt;T&gt;</c> builds T's mapper (reflection and a compiled
    /// getter and setter per member) even for a collection without documents, as most of these are in most projects;
    /// and an empty collection makes no mapper at all.</summary>
    private List<T> All<T>(string collection) => _engine.All(collection).Select(d => Mapper.ToObject<T>(d)).ToList();
}
