using Codebook.Core.Media;
using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage.Tests;

/// <summary>The documents a project file holds, read back with plain LiteDB: each type's id member stored as <c>_id</c>
/// (never generated), the members computed from others left out, every other member under its own name. The mapper
/// learns this as each type is first used, so these are pinned here, for files written by any version to stay readable.</summary>
[TestClass]
public sealed class DocumentShapeTests
{
    [TestMethod]
    public void EachTypeIsStoredUnderItsIdWithoutItsComputedMembers()
    {
        var at = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "test", "every type", changes =>
            {
                changes.Put(new Transcript { Id = "fr01", Title = "Nadia", Language = "fr", Text = "ENQ : Bonjour.\nNADIA : Bonjour.", ImportedAt = at });
                changes.Put(new Case { Id = "nadia", Name = "Nadia" });
                changes.Put(new AttributeDefinition { Name = "role" });
                changes.Put(new Theme { Id = "quota", Label = "Quotas" });
                changes.Put(new Coding { Id = "k1", TranscriptId = "fr01", ThemeId = "quota", Coder = "ana", Start = 3, End = 9, CreatedAt = at });
                changes.Put(new Memo { Id = "m1", TargetId = "fr01", Text = "first", Author = "ana", CreatedAt = at });
                changes.Put(new UnplacedCoding { Id = "u1", Coding = new Coding { Id = "k2", TranscriptId = "fr01", ThemeId = "quota", Start = 1, End = 2 }, Text = "x", UnplacedAt = at });
                changes.Put(new Pseudonym { Id = "p1", RealName = "Verhaegen", Replacement = "Dupont" });
                changes.Put(new SpeakerRoleEntry { Id = "s1", Name = "NADIA", Role = SpeakerRole.Participant });
                changes.Put(new CodebookVersion { Label = "v1", At = at, Coder = "ana" });
                changes.Put(new Recording { TranscriptId = "fr01", Path = "fr01.mp3", Offset = TimeSpan.FromSeconds(2) });
            });
        }

        using var db = new LiteDatabase(new ConnectionString { Filename = temp.Path, Connection = ConnectionType.Direct });
        BsonDocument One(string collection, BsonValue id) => db.GetCollection(collection).FindById(id) ?? throw new AssertFailedException($"no {id} in {collection}");
        void Fields(BsonDocument document, string[] present, string[] absent)
        {
            foreach (var name in present) Assert.IsTrue(document.ContainsKey(name), $"{name} missing from {document}");
            foreach (var name in absent) Assert.IsFalse(document.ContainsKey(name), $"{name} stored in {document}");
        }

        Fields(One("project", "project"), ["Name", "CreatedAt", "CreatedBy", "SchemaVersion"], ["Id"]);
        Fields(One("transcripts", "fr01"), ["Title", "Language", "Text", "Turns", "ImportedAt"], ["Id", "WordCount"]);
        Fields(One("cases", "nadia"), ["Name", "Attributes"], ["Id"]);
        Fields(One("attribute_types", "role"), ["Type"], ["Name", "Id"]);
        Fields(One("themes", "quota"), ["Label", "Order"], ["Id"]);
        Fields(One("codings", "k1"), ["TranscriptId", "ThemeId", "Coder", "Start", "End", "CreatedAt"], ["Id", "Span"]);
        Fields(One("memos", "m1"), ["TargetId", "Text", "Author"], ["Id"]);
        var unplaced = One("unplaced_codings", "u1");
        Fields(unplaced, ["Coding", "Text", "UnplacedAt"], ["Id"]);
        Fields(unplaced["Coding"].AsDocument, ["TranscriptId", "Start", "End"], ["Id", "Span"]);
        Assert.AreEqual("k2", unplaced["Coding"]["_id"].AsString);
        Fields(One("pseudonyms", "p1"), ["RealName", "Replacement"], ["Id"]);
        Fields(One("speaker_roles", "s1"), ["Name", "Role"], ["Id"]);
        Fields(One("snapshots", "v1"), ["At", "Coder", "Themes"], ["Label"]);
        var recording = One("recordings", "fr01");
        Fields(recording, ["Path", "Offset"], ["TranscriptId"]);
        Assert.AreEqual(TimeSpan.FromSeconds(2).Ticks, recording["Offset"].AsInt64);
        var change = db.GetCollection("changes").FindAll().Last();
        Fields(change, ["Coder", "Action", "Summary", "Ops"], ["Sequence"]);
        Assert.IsTrue(change["_id"].IsInt64, $"a change's sequence is its id: {change["_id"]}");
    }
}
