using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Formats.Revisions;
using Codebook.Storage;

namespace Codebook.Core.Tests.Import;

[TestClass]
public sealed class TranscriptImporterTests
{
    private string _folder = "";

    [TestInitialize]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private LiteProjectStore NewProject() =>
        ProjectFile.Create(Path.Combine(_folder, "p.codebook"), new Coder("ana"), SystemClock.Instance);

    private static ParsedTranscript Parsed(string id, string text, string hash, Case? @case = null) =>
        new(new Transcript { Id = id, Text = text, SourceHash = hash, SourceFile = id + ".txt", Language = "fr" }, @case, []);

    [TestMethod]
    public void ImportStoresTheTranscriptAndItsCaseInOneLoggedChange()
    {
        using var store = NewProject();
        var importer = new TranscriptImporter(store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);

        var outcome = importer.Import(Parsed("t1", "ENQ : oui", "h1", new Case { Id = "nadia", Attributes = { ["role"] = "worker" } }));

        Assert.AreEqual(new ImportOutcome(ImportStatus.Imported, "t1"), outcome);
        Assert.AreEqual("ana", store.FindTranscript("t1")!.ImportedBy);
        Assert.AreEqual("worker", store.FindCase("nadia")!.Attributes["role"]);
        var change = store.Changes().Single();
        Assert.AreEqual("import", change.Action);
        StringAssert.Contains(change.Summary, "t1");
    }

    [TestMethod]
    public void TheSameFileOrTheSameTextIsNotImportedTwice()
    {
        using var store = NewProject();
        var importer = new TranscriptImporter(store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);
        importer.Import(Parsed("t1", "ENQ : oui", "h1"));

        Assert.AreEqual(new ImportOutcome(ImportStatus.AlreadyImported, "t1"), importer.Import(Parsed("renamed", "other", "h1")));
        Assert.AreEqual(new ImportOutcome(ImportStatus.AlreadyImported, "t1"), importer.Import(Parsed("t1", "ENQ : oui", "h2")));
        Assert.HasCount(1, store.Transcripts());
        Assert.HasCount(1, store.Changes());
    }

    [TestMethod]
    public void ASecondTranscriptOfACaseAddsToItsAttributes()
    {
        using var store = NewProject();
        var importer = new TranscriptImporter(store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);
        importer.Import(Parsed("t1", "a", "h1", new Case { Id = "nadia", Name = "Nadia", Attributes = { ["role"] = "worker", ["year"] = "2013" } }));

        importer.Import(Parsed("t2", "b", "h2", new Case { Id = "nadia", Attributes = { ["year"] = "2014", ["territory"] = "croissant" } }));

        var @case = store.FindCase("nadia")!;
        Assert.AreEqual("Nadia", @case.Name);
        Assert.AreEqual("worker", @case.Attributes["role"]);
        Assert.AreEqual("2014", @case.Attributes["year"]);
        Assert.AreEqual("croissant", @case.Attributes["territory"]);
    }
}
