using Codebook.Core.Analysis;
using Codebook.Core.Codings;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Revisions;
using Codebook.Formats.Transcripts;
using Codebook.Storage;
using Codebook.Testing;
using LiteDB;

namespace Codebook.Core.Tests.Analysis;

/// <summary>The codings analyses read (<see cref="IProjectStore.CodingsForAnalysis"/>, the store's read model) are the
/// codings in the project, and give the same analyses as the codings read whole: after random codings, removals, theme
/// merges and deletions, undo and redo by two coders; in a file from before the read model, once opened; and a change
/// that fails leaves both as they were.</summary>
[TestClass]
public sealed class CodingReadModelTests
{
    private static readonly string[] Coders = ["ana", "luis"];

    private string _folder = "";
    private string _path = "";
    private LiteProjectStore _store = null!;

    [TestInitialize]
    public void ImportTheSampleStudy()
    {
        _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;
        _path = Path.Combine(_folder, "p.codebook");
        _store = ProjectFile.Create(_path, new Coder("ana"), SystemClock.Instance);
        var importer = new TranscriptImporter(_store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);
        foreach (var file in Directory.GetFiles(Repository.Interviews).Order(StringComparer.Ordinal).Take(6)) importer.Import(TranscriptReader.Read(file));
        new CodebookImporter(_store, new Coder("ana")).Import(CodebookMarkdownReader.Read(Repository.StudyCodebook), "governance-by-numbers.md");
    }

    [TestCleanup]
    public void DeleteProject()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public void RandomChangesUndoAndRedoKeepItInStep(int seed)
    {
        var random = new Random(seed);
        for (int step = 0; step < 60; step++)
        {
            Change(random);
            AssertInStep($"seed {seed}, step {step}");
        }
    }

    [TestMethod]
    public void AFileFromBeforeItGetsItOnOpeningWithTheSameResults()
    {
        var random = new Random(7);
        for (int step = 0; step < 30; step++) Code(random);
        string before = Analyses(_store);
        _store.Dispose();
        using (var db = new LiteDatabase(_path))
        {
            db.DropCollection("codings_by_transcript");
            db.UserVersion = 2;
        }

        _store = ProjectFile.Open(_path, SystemClock.Instance);

        Assert.AreEqual(4, _store.Info.SchemaVersion);
        Assert.AreEqual(before, Analyses(_store));
        AssertInStep("after the migration");
    }

    [TestMethod]
    public void AChangeThatFailsLeavesItAsItWas()
    {
        var random = new Random(11);
        for (int step = 0; step < 10; step++) Code(random);
        var before = Rows(_store.CodingsForAnalysis());
        var coding = _store.Codings()[0];

        Assert.ThrowsExactly<InvalidOperationException>(() => _store.Commit("ana", "code", "fails", changes =>
        {
            changes.RemoveCoding(coding.Id);
            changes.Put(new Coding { Id = "k-new", TranscriptId = coding.TranscriptId, ThemeId = coding.ThemeId, Coder = "luis", Start = 0, End = 5 });
            throw new InvalidOperationException("crash in the middle of a change");
        }));

        CollectionAssert.AreEqual(before, Rows(_store.CodingsForAnalysis()));
        AssertInStep("after a failed change");
    }

    /// <summary>One change of the kinds that write codings, chosen at random; mostly codings, so that there is much to
    /// merge, delete, undo and redo.</summary>
    private void Change(Random random)
    {
        int kind = random.Next(10);
        var codings = _store.Codings();
        var themes = _store.Themes();
        var service = new ThemeService(_store, new Coder("ana"), SystemClock.Instance);
        if (kind < 4 || codings.Count == 0) Code(random);
        else if (kind == 4) new CodingService(_store, new Coder("ana"), SystemClock.Instance).Uncode(codings[random.Next(codings.Count)].Id);
        else if (kind == 5 && themes.Count > 2)
        {
            var from = themes[random.Next(themes.Count)];
            var into = themes.Where(t => t.Id != from.Id && t.ParentId != from.Id).ToList();
            if (into.Count > 0) service.Merge(from.Id, into[random.Next(into.Count)].Id);
        }
        else if (kind == 6 && themes.Count > 2) service.Delete(themes[random.Next(themes.Count)].Id);
        else if (kind is 7 or 8) _store.Undo("ana");
        else _store.Redo("ana");
    }

    /// <summary>A few codings by one of two coders on spans of one transcript, some overlapping, some with a memo.</summary>
    private void Code(Random random)
    {
        var transcripts = _store.TranscriptsWithoutText();
        var transcript = transcripts[random.Next(transcripts.Count)];
        ReadModels.CodeRandomly(_store, random, Coders, transcript.Id, _store.OutlinesOf([transcript.Id]).Single().Length, most: 3, memos: true);
    }

    private void AssertInStep(string when)
    {
        CollectionAssert.AreEqual(Rows(_store.Codings()), Rows(_store.CodingsForAnalysis()), when);
        Assert.AreEqual(Analyses(ReadModels.ReadingDocuments.Of(_store)), Analyses(_store), when);
    }

    private static List<string> Rows(IEnumerable<Coding> codings) => codings
        .Select(c => $"{c.Id} {c.TranscriptId} {c.ThemeId} {c.Coder} {c.Start}-{c.End} {c.Memo ?? "(none)"} {c.CreatedAt:O} {c.CreatedAt.Kind}")
        .Order(StringComparer.Ordinal).ToList();

    private static string Analyses(IProjectStore store) => ReadModels.Analyses(store, Coders);
}
