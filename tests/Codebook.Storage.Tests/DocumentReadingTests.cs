using System.Reflection;
using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage.Tests;

/// <summary>Transcripts, cases, themes and the project's info are read by hand (DocumentReader), not by the BsonMapper
/// that writes them: each member written must come back as it was, whichever way the store reads it. The fixtures give
/// every stored member a value other than its default (checked on the stored documents), so that a member added to a
/// model type and not read by DocumentReader fails here instead of being dropped silently on reading.</summary>
[TestClass]
public sealed class DocumentReadingTests
{
    private static readonly DateTime At = new(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    [TestMethod]
    public void EveryMemberOfATranscriptComesBackAsWritten()
    {
        var full = new Transcript
        {
            Id = "fr01", Title = "Nadia, déléguée", Language = "fr", Date = "2024-05-02", CaseId = "nadia",
            Interviewers = ["ENQ", "E2"], SourceFile = "fr01.vtt", SourceHash = "abc123",
            Text = "ENQ : Bonjour.\n[00:00:05] NADIA : Bonjour (rires), on a des quotas.\n# note",
            Turns =
            [
                new Turn { Index = 0, Speaker = "ENQ", Role = SpeakerRole.Interviewer, RoleDecidedBy = RoleDecision.Marker, Label = new(0, 5), Words = new(6, 14), Line = 1, EndLine = 1 },
                new Turn { Index = 1, Speaker = "NADIA", Role = SpeakerRole.Participant, RoleDecidedBy = RoleDecision.ByHand, Timestamp = TimeSpan.FromSeconds(5), Label = new(15, 33), Words = new(34, 66), Line = 2, EndLine = 2 },
                new Turn { Index = 2, Role = SpeakerRole.Note, Words = new(67, 73), Line = 3, EndLine = 3 },
            ],
            FileLines = [3, 5, 9],
            Exchange = new ExchangeSource { Guid = "7d3c", Name = "fr01", Tool = "NVivo", Users = { ["u1"] = "ana" } },
            ImportedAt = At, ImportedBy = "ana",
        };
        var bare = new Transcript { Id = "es01", Title = "Lucía", Language = "es", Text = "", ImportedAt = At };
        var nadia = new Case { Id = "nadia", Name = "Nadia", Attributes = { ["role"] = "déléguée", ["territoire"] = "Anderlecht" } };
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "test", "transcripts", changes =>
            {
                changes.Put(full);
                changes.Put(bare);
                changes.Put(nadia);
                changes.Put(new Case { Id = "lucia" });
            });
        }

        EveryMemberIsSet(typeof(Transcript), Stored(temp, "transcripts"));
        EveryMemberIsSet(typeof(Case), Stored(temp, "cases"));
        EveryMemberIsSet(typeof(ProjectInfo), Stored(temp, "project"));
        using var reopened = temp.Open();
        var transcripts = reopened.Transcripts().OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        Same(new[] { bare, full }, transcripts);
        Same(full, reopened.FindTranscript("fr01"));
        Same(bare, reopened.FindTranscript("es01"));
        Same(new[] { bare, full }.Select(WithoutText), reopened.TranscriptsWithoutText().OrderBy(t => t.Id, StringComparer.Ordinal));
        Same(nadia, reopened.FindCase("nadia"));
        Same(new[] { new Case { Id = "lucia" }, nadia }, reopened.Cases().OrderBy(c => c.Id, StringComparer.Ordinal));
        Assert.AreEqual(0, transcripts[0].Turns.Count);
        Assert.AreEqual(SpokenWords.Of(full), transcripts[1].WordCount);
        var info = reopened.Info;
        Assert.AreEqual(("study", TempProject.Clock.UtcNow, "ana", 4), (info.Name, info.CreatedAt, info.CreatedBy, info.SchemaVersion));
        Assert.AreEqual(DateTimeKind.Utc, transcripts[1].ImportedAt.Kind);
    }

    [TestMethod]
    public void EveryMemberOfAThemeComesBackAsWritten()
    {
        var full = new Theme
        {
            Id = "resistance", Label = "Résistance", Labels = { ["es"] = "Resistencia" }, ParentId = "pression", Color = "#C0392B",
            Key = "r", Definition = "Contourner les règles.", Include = ["fermer les portes"], Exclude = ["grève"],
            Examples = ["on ferme la porte", "anonymiser les CV"], SearchHints = { ["fr"] = ["contourner", "résister"], ["es"] = ["resistir"] },
            Status = ReviewStatus.InReview, Order = 4, MergedFrom = ["ruse"], SplitFrom = "pression",
            Exchange = new ExchangeCode { Guid = "5f1e", Name = "Resistance", Description = "from NVivo" },
            Reviews = [new ThemeReview { Status = ReviewStatus.Approved, Comment = "ok", Coder = "lea", At = At }, new ThemeReview { Coder = "ana", At = At }],
        };
        var bare = new Theme { Id = "pression", Label = "Pression" };
        using var temp = new TempProject();
        using (var store = temp.Create()) store.Commit("ana", "test", "themes", changes => { changes.Put(full); changes.Put(bare); });
        EveryMemberIsSet(typeof(Theme), Stored(temp, "themes"));

        using var reopened = temp.Open();
        Same(new[] { bare, full }, reopened.Themes().OrderBy(t => t.Id, StringComparer.Ordinal));
    }

    private static Transcript WithoutText(Transcript t) => new()
    {
        Id = t.Id, Title = t.Title, Language = t.Language, Date = t.Date, CaseId = t.CaseId, Interviewers = t.Interviewers,
        SourceFile = t.SourceFile, SourceHash = t.SourceHash, Exchange = t.Exchange,
        ImportedAt = t.ImportedAt, ImportedBy = t.ImportedBy,
    };

    /// <summary>The documents of <paramref name="collection"/> as stored, read with plain LiteDB.</summary>
    private static List<BsonDocument> Stored(TempProject temp, string collection)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = temp.Path, Connection = ConnectionType.Direct });
        return db.GetCollection(collection).FindAll().ToList();
    }

    /// <summary>Each member the mapper stores for <paramref name="type"/> (a public property it can set; <c>Id</c> as
    /// <c>_id</c>) holds a value other than its default in some of <paramref name="documents"/>, and so do the members of
    /// the model types inside it (a turn, a review, an exchange source).</summary>
    private static void EveryMemberIsSet(Type type, IReadOnlyList<BsonDocument> documents)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var field = property.Name == "Id" ? "_id" : property.Name;
            var values = documents.Select(d => d.TryGetValue(field, out var v) ? v : BsonValue.Null)
                .Where(v => IsSet(v, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType)).ToList();
            Assert.IsNotEmpty(values, $"no fixture sets {type.Name}.{property.Name}: give it a value here, and read it in DocumentReader");
            var element = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
            if (element.IsClass && element.Namespace == typeof(Transcript).Namespace)
                EveryMemberIsSet(element, values.SelectMany(v => v.IsArray ? v.AsArray.Select(e => e.AsDocument) : [v.AsDocument]).ToList());
        }
    }

    private static bool IsSet(BsonValue value, Type type) => value.Type switch
    {
        BsonType.Null or BsonType.MinValue => false,
        BsonType.Array => value.AsArray.Count > 0,
        BsonType.Document => value.AsDocument.Count > 0,
        BsonType.String when type.IsEnum => value.AsString != System.Enum.GetName(type, Activator.CreateInstance(type)!),
        BsonType.String => value.AsString.Length > 0,
        BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal => value.AsDouble != 0,
        BsonType.Boolean => value.AsBoolean,
        BsonType.DateTime => value.AsDateTime != DateTime.MinValue,
        _ => true,
    };

    private static void Same(object? expected, object? actual) =>
        Assert.AreEqual(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(actual));
}
