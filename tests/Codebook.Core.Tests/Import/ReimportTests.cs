using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Formats.Revisions;
using Codebook.Storage;

namespace Codebook.Core.Tests.Import;

[TestClass]
public sealed class ReimportTests
{
    private const string Original =
        "ENQ : Comment ça se passe ?\n" +
        "NADIA : On a commencé à anonimiser les CV des jeunes.\n" +
        "Les chiffres, toujours les chiffres.\n";

    private string _folder = "";
    private LiteProjectStore _store = null!;
    private TranscriptImporter _importer = null!;
    private CodingService _coding = null!;

    [TestInitialize]
    public void CreateProject()
    {
        _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;
        _store = ProjectFile.Create(Path.Combine(_folder, "p.codebook"), new Coder("ana"), SystemClock.Instance);
        _importer = new TranscriptImporter(_store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);
        _coding = new CodingService(_store, new Coder("ana"), SystemClock.Instance);
        _store.Commit("ana", "setup", "themes", changes => changes.Put(new Theme { Id = "resistance", Label = "Resistance" }));
        _importer.Import(Version(Original, "h1"));
    }

    [TestCleanup]
    public void DeleteProject()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static ParsedTranscript Version(string text, string hash) =>
        new(new Transcript { Id = "t1", Text = text, SourceHash = hash, SourceFile = "t1.txt", Language = "fr" }, null, []);

    private Coding Code(string text) => _coding.Code("t1", "resistance", new MatchSpan(text)).Single();

    private string TextOf(string codingId)
    {
        var coding = _store.FindCoding(codingId)!;
        return _store.FindTranscript(coding.TranscriptId)!.Text[coding.Start..coding.End];
    }

    [TestMethod]
    public void ACorrectedTranscriptReplacesTheOldOneAndItsCodingsFollowTheText()
    {
        var cv = Code("anonimiser les CV");
        var numbers = Code("toujours les chiffres");
        new MemoService(_store, new Coder("ana"), SystemClock.Instance).Add(MemoTarget.Coding, cv.Id, "key passage");
        var corrected = Original.Replace("anonimiser", "anonymiser").Replace("NADIA : On", "NADIA : Bon. On");

        var outcome = _importer.Import(Version(corrected, "h2"));

        Assert.AreEqual(ImportStatus.Updated, outcome.Status);
        Assert.AreEqual((2, 1, 0), (outcome.Reimport!.Carried, outcome.Reimport.Edited, outcome.Reimport.Unplaced.Count));
        Assert.AreEqual(corrected, _store.FindTranscript("t1")!.Text);
        Assert.AreEqual("anonymiser les CV", TextOf(cv.Id));
        Assert.AreEqual("toujours les chiffres", TextOf(numbers.Id));
        Assert.AreEqual(cv.Id, _store.Memos().Single().TargetId);
        var change = _store.Changes()[^1];
        Assert.AreEqual("reimport", change.Action);
        StringAssert.Contains(change.Summary, "2 codings carried (1 with corrected text), 0 unplaced");
    }

    [TestMethod]
    public void ACodingWhoseTextWasDeletedIsKeptAsideAndUndoBringsAllBack()
    {
        var cv = Code("anonimiser les CV");
        var numbers = Code("toujours les chiffres");
        var before = _store.Codings().Select(c => (c.Id, c.Start, c.End)).Order().ToList();
        var shortened = Original.Replace("NADIA : On a commencé à anonimiser les CV des jeunes.\n", "NADIA : ");

        var outcome = _importer.Import(Version(shortened, "h2"));

        var aside = outcome.Reimport!.Unplaced.Single();
        Assert.AreEqual((cv.Id, "anonimiser les CV"), (aside.Id, aside.Text));
        Assert.IsNull(_store.FindCoding(cv.Id));
        Assert.AreEqual(cv.Id, _store.UnplacedCodings().Single().Coding.Id);
        Assert.AreEqual("toujours les chiffres", TextOf(numbers.Id));

        _store.Undo("ana");

        Assert.AreEqual(Original, _store.FindTranscript("t1")!.Text);
        CollectionAssert.AreEqual(before, _store.Codings().Select(c => (c.Id, c.Start, c.End)).Order().ToList());
        Assert.HasCount(0, _store.UnplacedCodings());
    }

    [TestMethod]
    public void AnUnplacedCodingIsRemovedWithItsMemosByUncode()
    {
        var cv = Code("anonimiser les CV");
        new MemoService(_store, new Coder("ana"), SystemClock.Instance).Add(MemoTarget.Coding, cv.Id, "key passage");
        _importer.Import(Version(Original.Replace("à anonimiser les CV des jeunes", "à rien"), "h2"));

        var removed = _coding.Uncode(cv.Id);

        Assert.AreEqual(cv.Id, removed.Id);
        Assert.HasCount(0, _store.UnplacedCodings());
        Assert.HasCount(0, _store.Memos());
        Assert.AreEqual("uncode", _store.Changes()[^1].Action);
    }

    [TestMethod]
    public void AFileSharingLessThanHalfTheTextIsRefusedUnlessForced()
    {
        var cv = Code("anonimiser les CV");
        var other = Version("ENQ : Bonjour Madame Janssens.\nMARIE : Bonjour, asseyez-vous.\n", "h2");

        var error = Assert.ThrowsExactly<CodebookException>(() => _importer.Import(other));

        Assert.AreEqual(ErrorCode.IdConflict, error.Code);
        StringAssert.Contains(error.Message, "another interview");
        Assert.AreEqual(HintKind.ReimportOrReplace, error.Suggestion?.Kind);
        Assert.AreEqual(Original, _store.FindTranscript("t1")!.Text);

        var forced = _importer.Import(other, force: true);

        Assert.AreEqual(ImportStatus.Updated, forced.Status);
        Assert.AreEqual(cv.Id, forced.Reimport!.Unplaced.Single().Id);
    }
}
