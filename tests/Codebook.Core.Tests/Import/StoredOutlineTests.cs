using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Formats.Revisions;
using Codebook.Formats.Transcripts;
using Codebook.Storage;
using Codebook.Testing;
using LiteDB;

namespace Codebook.Core.Tests.Import;

/// <summary>The outline the store keeps of each transcript (what analyses read instead of the text) is the outline of
/// its text as it is now: after import, after a corrected version replaces it, after undo and redo, and for a project
/// written before outlines were stored.</summary>
[TestClass]
public sealed class StoredOutlineTests
{
    private static readonly string Interviews = Repository.Interviews;

    private string _folder = "";
    private string _path = "";
    private LiteProjectStore _store = null!;
    private TranscriptImporter _importer = null!;

    [TestInitialize]
    public void ImportTheSampleInterviews()
    {
        _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;
        _path = Path.Combine(_folder, "p.codebook");
        _store = ProjectFile.Create(_path, new Coder("ana"), SystemClock.Instance);
        _importer = new TranscriptImporter(_store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);
        foreach (var file in Directory.GetFiles(Interviews).Order(StringComparer.Ordinal)) _importer.Import(TranscriptReader.Read(file));
    }

    [TestCleanup]
    public void DeleteProject()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [TestMethod]
    public void EveryImportedTranscriptHasTheOutlineOfItsText()
    {
        var ids = _store.TranscriptsWithoutText().Select(t => t.Id).ToList();

        var outlines = _store.OutlinesOf(ids);

        Assert.HasCount(Directory.GetFiles(Interviews).Length, outlines);
        CollectionAssert.AreEqual(ids, outlines.Select(o => o.TranscriptId).ToList());
        foreach (var outline in outlines) AssertOutlineOfText(_store.FindTranscript(outline.TranscriptId)!, outline);
    }

    [TestMethod]
    public void ACorrectedVersionGetsTheOutlineOfItsTextAndUndoAndRedoBringEachBack()
    {
        var original = _store.FindTranscript("fr01-nadia")!;
        var corrected = original.Text.Replace("\n\n", "\n\nENQ : Et puis ? Bon. D'accord, c'est-à-dire…\n\n", StringComparison.Ordinal);
        var parsed = TranscriptReader.Read("fr01-nadia.txt", System.Text.Encoding.UTF8.GetBytes(corrected));

        Assert.AreEqual(ImportStatus.Updated, _importer.Import(parsed).Status);
        var revised = _store.FindTranscript("fr01-nadia")!;
        Assert.AreNotEqual(original.Text.Length, revised.Text.Length);
        AssertOutlineOfText(revised, Stored("fr01-nadia"));

        _store.Undo("ana");
        AssertOutlineOfText(original, Stored("fr01-nadia"));

        _store.Redo("ana");
        AssertOutlineOfText(revised, Stored("fr01-nadia"));
    }

    [TestMethod]
    public void ARemovedTranscriptLeavesNoOutline()
    {
        _store.Commit("ana", "remove", "fr01-nadia", changes => changes.RemoveTranscript("fr01-nadia"));

        var error = Assert.ThrowsExactly<CodebookException>(() => _store.OutlinesOf(["fr01-nadia"]));
        Assert.AreEqual(ErrorCode.NotFound, error.Code);
    }

    [TestMethod]
    public void AProjectWrittenBeforeOutlinesWereStoredHasThemMadeFromTheText()
    {
        _store.Dispose();
        using (var db = new LiteDatabase(_path)) db.DropCollection("outlines");
        _store = ProjectFile.Open(_path, SystemClock.Instance);

        var transcripts = _store.Transcripts();
        var outlines = _store.OutlinesOf(transcripts.Select(t => t.Id).ToList());

        CollectionAssert.AreEqual(transcripts.Select(t => (t.Id, t.Title, t.ImportedAt)).ToList(),
            _store.TranscriptsWithoutText().Select(t => (t.Id, t.Title, t.ImportedAt)).ToList());
        foreach (var (transcript, outline) in transcripts.Zip(outlines)) AssertOutlineOfText(transcript, outline);
    }

    [TestMethod]
    public void OpeningAFileFromBeforeOutlinesWritesThemAll()
    {
        _store.Dispose();
        using (var db = new LiteDatabase(_path))
        {
            db.GetCollection("outlines").Delete("fr01-nadia");
            db.UserVersion = 1;
        }

        _store = ProjectFile.Open(_path, SystemClock.Instance);
        var transcripts = _store.Transcripts();
        _store.Dispose();
        using (var db = new LiteDatabase(_path))
        {
            CollectionAssert.AreEquivalent(transcripts.Select(t => t.Id).ToList(),
                db.GetCollection("outlines").FindAll().Select(d => d["_id"].AsString).ToList());
        }
        _store = ProjectFile.Open(_path, SystemClock.Instance);

        foreach (var transcript in transcripts) AssertOutlineOfText(transcript, Stored(transcript.Id));
    }

    private TranscriptOutline Stored(string id) => _store.OutlinesOf([id]).Single();

    /// <summary>Same length and passages as the text gives, and the same words in every passage and in spans that
    /// start and end anywhere (inside words, on apostrophes).</summary>
    private static void AssertOutlineOfText(Transcript transcript, TranscriptOutline outline)
    {
        Assert.AreEqual(transcript.Text.Length, outline.Length);
        CollectionAssert.AreEqual(Passages.Of(transcript).ToList(), outline.Passages.ToList());
        var random = new Random(transcript.Text.Length);
        var spans = outline.Passages.Select(p => p.Span).Append(new TextSpan(0, transcript.Text.Length)).Concat(Enumerable.Range(0, 200).Select(_ =>
        {
            int start = random.Next(transcript.Text.Length + 1);
            return new TextSpan(start, Math.Min(transcript.Text.Length, start + random.Next(400)));
        }));
        foreach (var span in spans)
        {
            Assert.AreEqual(TextStatistics.CountWords(transcript.Text.AsSpan(span.Start, span.Length)), outline.Words.CountWords(span), $"{transcript.Id} {span}");
        }
    }
}
