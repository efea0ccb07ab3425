using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Revisions;
using Codebook.Formats.Transcripts;
using Codebook.Storage;
using Codebook.Testing;
using LiteDB;

namespace Codebook.Core.Tests.Analysis;

/// <summary>The transcripts' heads (what <see cref="Ports.IProjectStore.TranscriptsWithoutText"/> reads: each transcript
/// without its text, turns and file lines, kept beside the transcripts) are the transcripts as they are, and give the same
/// analyses as the transcripts read whole: after random corrected versions, case changes, removals, imports, codings,
/// undo and redo; and in a file of schema version 3, which held them in the outlines, once opened.</summary>
[TestClass]
public sealed class TranscriptHeadsTests
{
    private static readonly string[] Coders = ["ana", "luis"];

    private readonly List<string> _files = Directory.GetFiles(Repository.Interviews).Order(StringComparer.Ordinal).Take(5).ToList();
    private string _folder = "";
    private string _path = "";
    private LiteProjectStore _store = null!;
    private TranscriptImporter _importer = null!;

    [TestInitialize]
    public void ImportSampleInterviews()
    {
        _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;
        _path = Path.Combine(_folder, "p.codebook");
        _store = ProjectFile.Create(_path, new Coder("ana"), SystemClock.Instance);
        _importer = new TranscriptImporter(_store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);
        foreach (var file in _files) _importer.Import(TranscriptReader.Read(file));
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
    public void RandomChangesUndoAndRedoKeepThemInStep(int seed)
    {
        var random = new Random(seed);
        for (int step = 0; step < 40; step++)
        {
            Change(random);
            AssertInStep($"seed {seed}, step {step}");
        }
    }

    [TestMethod]
    public void AFileOfSchema3GetsThemOnOpeningWithTheSameResults()
    {
        var random = new Random(5);
        for (int step = 0; step < 10; step++) Change(random);
        string before = Analyses(_store);
        _store.Dispose();
        using (var db = new LiteDatabase(_path))
        {
            // As version 3 wrote them: each outline held its transcript without text and turns, and there were no heads.
            var outlines = db.GetCollection("outlines");
            foreach (var transcript in db.GetCollection("transcripts").FindAll().ToList())
            {
                var outline = outlines.FindById(transcript["_id"]);
                transcript.Remove("Text");
                transcript.Remove("Turns");
                outline["Transcript"] = transcript;
                outlines.Update(outline);
            }
            db.DropCollection("transcript_heads");
            db.UserVersion = 3;
        }

        _store = ProjectFile.Open(_path, SystemClock.Instance);

        Assert.AreEqual(4, _store.Info.SchemaVersion);
        Assert.AreEqual(before, Analyses(_store));
        AssertInStep("after the migration");
        _store.Dispose();
        using (var db = new LiteDatabase(_path))
        {
            Assert.AreEqual(db.GetCollection("transcripts").Count(), db.GetCollection("transcript_heads").Count());
            Assert.IsFalse(db.GetCollection("outlines").FindAll().Any(d => d.ContainsKey("Transcript")), "the outlines lose their copy");
        }
        _store = ProjectFile.Open(_path, SystemClock.Instance);
    }

    /// <summary>One change of the kinds that write or remove transcripts, chosen at random, with codings between so
    /// that the analyses have something to count.</summary>
    private void Change(Random random)
    {
        var transcripts = _store.Transcripts();
        int kind = random.Next(10);
        if (kind < 2 || transcripts.Count == 0) Import(random, transcripts);
        else if (kind == 2) _store.Commit("ana", "remove", "a transcript", changes => changes.RemoveTranscript(transcripts[random.Next(transcripts.Count)].Id));
        else if (kind == 3)
        {
            var transcript = transcripts[random.Next(transcripts.Count)];
            transcript.CaseId = random.Next(3) == 0 ? null : $"case-{random.Next(3)}";
            transcript.Title += " (revu)";
            _store.Commit("ana", "case", "a transcript's case", changes => changes.Put(transcript));
        }
        else if (kind is 4 or 5) Code(random, transcripts);
        else if (kind is 6 or 7) _store.Undo("ana");
        else _store.Redo("ana");
    }

    /// <summary>One of the sample files, as it is or corrected (a sentence added to a paragraph, another title): a new
    /// transcript, a corrected version of one, or one already there.</summary>
    private void Import(Random random, IReadOnlyList<Transcript> transcripts)
    {
        string file = _files[random.Next(_files.Count)];
        string text = File.ReadAllText(file);
        if (random.Next(2) == 0)
        {
            int paragraph = text.IndexOf("\n\n", random.Next(text.Length / 2, text.Length - 10), StringComparison.Ordinal);
            if (paragraph > 0) text = text.Insert(paragraph, $" Une phrase de plus, la {random.Next(1000)}e.");
            text = text.Replace("title: \"", "title: \"Revu — ", StringComparison.Ordinal);
        }
        _importer.Import(TranscriptReader.Read(Path.GetFileName(file), System.Text.Encoding.UTF8.GetBytes(text)), force: true);
    }

    private void Code(Random random, IReadOnlyList<Transcript> transcripts)
    {
        if (_store.Themes().Count == 0) return; // the codebook's import undone
        var transcript = transcripts[random.Next(transcripts.Count)];
        ReadModels.CodeRandomly(_store, random, Coders, transcript.Id, transcript.Text.Length, most: 4);
    }

    private void AssertInStep(string when)
    {
        CollectionAssert.AreEqual(Heads(_store.Transcripts()), Heads(_store.TranscriptsWithoutText()), when);
        Assert.AreEqual(Analyses(ReadModels.ReadingDocuments.Of(_store)), Analyses(_store), when);
    }

    /// <summary>Each transcript as text, its text, turns and file lines left out.</summary>
    private static List<string> Heads(IEnumerable<Transcript> transcripts) =>
        transcripts.Select(t => System.Text.Json.JsonSerializer.Serialize(ReadModels.WithoutText(t))).ToList();

    private static string Analyses(Ports.IProjectStore store) => ReadModels.Analyses(store, Coders);
}
