using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage;

/// <summary>Transcripts, cases, themes, codings' reviews and the project's info read by hand rather than through the BsonMapper: every command
/// reads some of them, and the mapper's first use of a type builds its mapper by reflection and compiles a getter and a
/// setter for each member (a tenth of a short command's time). Reads what the mapper writes (ProjectMapper, pinned by
/// DocumentShapeTests) the way the mapper reads it: a missing field keeps the member's default, a null one sets null,
/// enums by name. Writes still go through the mapper, so the documents do not change.</summary>
internal static partial class DocumentReader
{
    /// <summary>A whole transcript, or one without its text and turns (an outline's <c>Transcript</c> field).</summary>
    public static Transcript ToTranscript(BsonDocument document)
    {
        var transcript = new Transcript();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case "_id": transcript.Id = Text(value)!; break;
                case nameof(Transcript.Title): transcript.Title = Text(value)!; break;
                case nameof(Transcript.Language): transcript.Language = Text(value)!; break;
                case nameof(Transcript.Date): transcript.Date = Text(value); break;
                case nameof(Transcript.CaseId): transcript.CaseId = Text(value); break;
                case nameof(Transcript.Interviewers): transcript.Interviewers = Texts(value)!; break;
                case nameof(Transcript.SourceFile): transcript.SourceFile = Text(value)!; break;
                case nameof(Transcript.SourceHash): transcript.SourceHash = Text(value)!; break;
                case nameof(Transcript.Text): transcript.Text = Text(value)!; break;
                case nameof(Transcript.Turns): transcript.Turns = value.IsNull ? null! : value.AsArray.Select(t => ToTurn(t.AsDocument)).ToList(); break;
                case nameof(Transcript.FileLines): transcript.FileLines = value.IsNull ? null! : value.AsArray.Select(l => l.AsInt32).ToList(); break;
                case nameof(Transcript.Exchange): transcript.Exchange = value.IsNull ? null : ToExchange(value.AsDocument); break;
                case nameof(Transcript.ImportedAt): transcript.ImportedAt = value.AsDateTime; break;
                case nameof(Transcript.ImportedBy): transcript.ImportedBy = Text(value)!; break;
            }
        }
        return transcript;
    }

    public static Case ToCase(BsonDocument document)
    {
        var found = new Case();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case "_id": found.Id = Text(value)!; break;
                case nameof(Case.Name): found.Name = Text(value)!; break;
                case nameof(Case.Attributes): found.Attributes = Dictionary(value)!; break;
            }
        }
        return found;
    }

    public static ProjectInfo ToInfo(BsonDocument document)
    {
        var info = new ProjectInfo();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case nameof(ProjectInfo.Name): info.Name = Text(value)!; break;
                case nameof(ProjectInfo.CreatedAt): info.CreatedAt = value.AsDateTime; break;
                case nameof(ProjectInfo.CreatedBy): info.CreatedBy = Text(value)!; break;
                case nameof(ProjectInfo.SchemaVersion): info.SchemaVersion = value.AsInt32; break;
            }
        }
        return info;
    }

    public static CodingReview ToCodingReview(BsonDocument document)
    {
        var review = new CodingReview();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case nameof(CodingReview.Verdict): review.Verdict = (CodingVerdict)Enum(typeof(CodingVerdict), value); break;
                case nameof(CodingReview.Comment): review.Comment = Text(value); break;
                case nameof(CodingReview.Coder): review.Coder = Text(value)!; break;
                case nameof(CodingReview.At): review.At = value.AsDateTime; break;
            }
        }
        return review;
    }

    private static Turn ToTurn(BsonDocument document)
    {
        var turn = new Turn();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case nameof(Turn.Index): turn.Index = value.AsInt32; break;
                case nameof(Turn.Speaker): turn.Speaker = Text(value); break;
                case nameof(Turn.Role): turn.Role = (SpeakerRole)Enum(typeof(SpeakerRole), value); break;
                case nameof(Turn.RoleDecidedBy): turn.RoleDecidedBy = (RoleDecision)Enum(typeof(RoleDecision), value); break;
                case nameof(Turn.Timestamp): turn.Timestamp = value.IsNull ? null : TimeSpan.FromTicks(value.AsInt64); break;
                case nameof(Turn.Label): turn.Label = Span(value); break;
                case nameof(Turn.Words): turn.Words = Span(value); break;
                case nameof(Turn.Line): turn.Line = value.AsInt32; break;
                case nameof(Turn.EndLine): turn.EndLine = value.AsInt32; break;
            }
        }
        return turn;
    }

    private static ExchangeSource ToExchange(BsonDocument document)
    {
        var source = new ExchangeSource();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case nameof(ExchangeSource.Guid): source.Guid = Text(value)!; break;
                case nameof(ExchangeSource.Name): source.Name = Text(value)!; break;
                case nameof(ExchangeSource.Tool): source.Tool = Text(value)!; break;
                case nameof(ExchangeSource.Users): source.Users = Dictionary(value)!; break;
            }
        }
        return source;
    }

    private static string? Text(BsonValue value) => value.IsNull ? null : value.AsString;

    private static List<string>? Texts(BsonValue value) => value.IsNull ? null : value.AsArray.Select(v => Text(v)!).ToList();

    private static Dictionary<string, string>? Dictionary(BsonValue value)
    {
        if (value.IsNull) return null;
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, entry) in value.AsDocument) entries.Add(key, Text(entry)!);
        return entries;
    }

    /// <summary>By name, as the mapper stores enums (a number would be read as one, as the mapper does).</summary>
    private static object Enum(Type type, BsonValue value) =>
        value.IsString ? System.Enum.Parse(type, value.AsString) : System.Enum.ToObject(type, value.AsInt32);

    /// <summary>As ProjectMapper stores a span: an array of its start and end.</summary>
    private static TextSpan Span(BsonValue value) => new(value[0].AsInt32, value[1].AsInt32);
}
