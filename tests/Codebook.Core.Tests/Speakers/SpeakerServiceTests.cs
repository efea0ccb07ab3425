using System.Text;
using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Speakers;
using Codebook.Core.Time;
using Codebook.Formats.Revisions;
using Codebook.Formats.Transcripts;
using Codebook.Storage;

namespace Codebook.Core.Tests.Speakers;

[TestClass]
public sealed class SpeakerServiceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;

    private static readonly Coder Ana = new("ana");

    [TestCleanup]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private LiteProjectStore NewProject() => ProjectFile.Create(Path.Combine(_folder, "p.codebook"), Ana, SystemClock.Instance);

    private static void Import(LiteProjectStore store, string file, string text) =>
        new TranscriptImporter(store, Ana, SystemClock.Instance, WordDiff.Instance).Import(TranscriptReader.Read(file, Encoding.UTF8.GetBytes(text)));

    private const string First = "ENQ: Vous travaillez ici depuis quand ?\nLucía: Depuis deux ans, à la mission locale.\nENQ: Et les chiffres ?\nLucía: Les chiffres, toujours les chiffres.\n";

    private const string Second = "ENQ: ¿Y usted?\nLUCIA: Yo llegué en 2019.\nMarco: Yo también.\n";

    [TestMethod]
    public void SpeakersAreListedAcrossTranscriptsWithTheirSpokenWordsAndHowTheirRoleWasDecided()
    {
        using var store = NewProject();
        Import(store, "t1.txt", First);
        Import(store, "t2.txt", Second);

        var speakers = new SpeakerService(store, Ana).List();

        var lucia = speakers.Single(s => s.Name == "Lucía");
        CollectionAssert.AreEqual(new[] { "Lucía", "LUCIA" }, lucia.Spellings.ToList());
        CollectionAssert.AreEqual(new[] { "t1", "t2" }, lucia.Transcripts.ToList());
        Assert.AreEqual(3, lucia.Turns);
        // "Depuis deux ans, à la mission locale." 7 + "Les chiffres, toujours les chiffres." 5 + "Yo llegué en 2019." 4: labels not counted.
        Assert.AreEqual(16, lucia.Words);
        CollectionAssert.AreEqual(new[] { SpeakerRole.Participant }, lucia.Roles.ToList());
        Assert.AreEqual(SpeakerRole.Interviewer, speakers.Single(s => s.Name == "ENQ").Roles.Single());
        CollectionAssert.AreEqual(new[] { "ENQ", "LUCIA", "Marco" }, new SpeakerService(store, Ana).List("t2").Select(s => s.Name).Order().ToList());
    }

    [TestMethod]
    public void ARoleSetByHandChangesEveryTurnOfTheNameAndIsUndoable()
    {
        using var store = NewProject();
        Import(store, "t1.txt", First);
        Import(store, "t2.txt", Second);
        var service = new SpeakerService(store, Ana);

        var set = service.SetRole("lucia", SpeakerRole.Interviewer);

        Assert.AreEqual(("Lucía", 3), (set.Name, set.Turns));
        Assert.AreEqual("speaker.role", store.Changes()[^1].Action);
        var turns = store.Transcripts().SelectMany(t => t.Turns).Where(t => SpeakerName.Same(t.Speaker, "lucia")).ToList();
        Assert.IsTrue(turns.All(t => t.Role == SpeakerRole.Interviewer && t.RoleDecidedBy == RoleDecision.ByHand));
        CollectionAssert.Contains(store.FindTranscript("t2")!.Interviewers, "LUCIA");
        Assert.AreEqual(SpeakerRole.Interviewer, store.SpeakerRoles().Single().Role);

        store.Undo("ana");
        Assert.IsTrue(store.Transcripts().SelectMany(t => t.Turns).Where(t => SpeakerName.Same(t.Speaker, "lucia"))
            .All(t => t.Role == SpeakerRole.Participant && t.RoleDecidedBy != RoleDecision.ByHand));
        Assert.IsEmpty(store.SpeakerRoles());
        CollectionAssert.DoesNotContain(store.FindTranscript("t2")!.Interviewers, "LUCIA");

        store.Redo("ana");
        Assert.AreEqual(SpeakerRole.Interviewer, store.FindTranscript("t1")!.Turns[1].Role);
        Assert.AreEqual("Lucía", store.SpeakerRoles().Single().Name);
    }

    [TestMethod]
    public void ARoleSetInOneTranscriptLeavesTheOthersAndTheTableAlone()
    {
        using var store = NewProject();
        Import(store, "t1.txt", First);
        Import(store, "t2.txt", Second);

        new SpeakerService(store, Ana).SetRole("Lucía", SpeakerRole.Other, "t2");

        Assert.AreEqual(SpeakerRole.Other, store.FindTranscript("t2")!.Turns[1].Role);
        Assert.AreEqual(SpeakerRole.Participant, store.FindTranscript("t1")!.Turns[1].Role);
        Assert.IsEmpty(store.SpeakerRoles());
        var listed = new SpeakerService(store, Ana).List().Single(s => s.Name == "Lucía");
        CollectionAssert.AreEqual(new[] { SpeakerRole.Participant, SpeakerRole.Other }, listed.Roles.ToList());
        // By hand in t2; in t1 as the parser decided.
        Assert.HasCount(2, listed.DecidedBy);
        CollectionAssert.Contains(listed.DecidedBy.ToList(), RoleDecision.ByHand);
    }

    [TestMethod]
    public void AnUnknownNameIsRefusedWithTheCloseNamesAndNothingChanges()
    {
        using var store = NewProject();
        Import(store, "t1.txt", First);
        Import(store, "t2.txt", Second);
        var before = store.LastChange;

        var error = Assert.ThrowsExactly<CodebookException>(() => new SpeakerService(store, Ana).SetRole("Lucie", SpeakerRole.Interviewer));

        Assert.AreEqual(ErrorCode.NotFound, error.Code);
        StringAssert.Contains(error.Message, "no speaker 'Lucie'");
        StringAssert.Contains(error.Hint, "'Lucía'");
        Assert.IsFalse(error.Hint!.Contains("Marco"), error.Hint);
        Assert.AreEqual(ErrorCode.NotFound, Assert.ThrowsExactly<CodebookException>(() => new SpeakerService(store, Ana).SetRole("Marco", SpeakerRole.Other, "t1")).Code);
        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => new SpeakerService(store, Ana).SetRole("Marco", SpeakerRole.Note)).Code);
        Assert.AreEqual(before, store.LastChange);
    }

    [TestMethod]
    public void RenameMergesSpellingsAndCarriesTheTableEntry()
    {
        using var store = NewProject();
        Import(store, "t1.txt", First);
        Import(store, "t2.txt", Second);
        var service = new SpeakerService(store, Ana);
        service.SetRole("Lucía", SpeakerRole.Other, "t2");
        service.SetRole("ENQ", SpeakerRole.Interviewer);

        var renamed = service.Rename("enq", "Sonia Branca");
        service.Rename("LUCIA", "Lucía Pérez");

        Assert.AreEqual(("Sonia Branca", 3), (renamed.Name, renamed.Turns));
        var speakers = service.List();
        CollectionAssert.AreEqual(new[] { "Lucía Pérez", "Marco", "Sonia Branca" }, speakers.Select(s => s.Name).ToList());
        Assert.AreEqual(3, speakers[0].Turns);
        Assert.AreEqual(SpeakerRole.Other, store.FindTranscript("t2")!.Turns[1].Role);
        Assert.AreEqual(("Sonia Branca", SpeakerRole.Interviewer), (store.SpeakerRoles().Single().Name, store.SpeakerRoles().Single().Role));
        CollectionAssert.AreEqual(new[] { "Sonia Branca" }, store.FindTranscript("t1")!.Interviewers);

        store.Undo("ana");
        store.Undo("ana");
        Assert.AreEqual("ENQ", store.FindTranscript("t1")!.Turns[0].Speaker);
        Assert.AreEqual("enq", store.SpeakerRoles().Single().Id);
    }

    [TestMethod]
    public void ARoleSetForANameHoldsForTranscriptsImportedLater()
    {
        using var store = NewProject();
        Import(store, "t1.txt", First);
        new SpeakerService(store, Ana).SetRole("Lucía", SpeakerRole.Interviewer);

        Import(store, "t2.txt", Second);

        var lucia = store.FindTranscript("t2")!.Turns[1];
        Assert.AreEqual((SpeakerRole.Interviewer, RoleDecision.ByHand), (lucia.Role, lucia.RoleDecidedBy));
        CollectionAssert.Contains(store.FindTranscript("t2")!.Interviewers, "LUCIA");
    }

    [TestMethod]
    public void ACorrectedFileKeepsTheRolesSetByHandInItsTranscript()
    {
        using var store = NewProject();
        Import(store, "t2.txt", Second);
        new SpeakerService(store, Ana).SetRole("Marco", SpeakerRole.Other, "t2");

        Import(store, "t2.txt", Second.Replace("también", "también, claro"));

        var marco = store.FindTranscript("t2")!.Turns[2];
        Assert.AreEqual((SpeakerRole.Other, RoleDecision.ByHand), (marco.Role, marco.RoleDecidedBy));
    }

    [TestMethod]
    public void AProjectFileWithoutTheSpeakerTableReadsAsEmpty()
    {
        var path = Path.Combine(_folder, "p.codebook");
        using (var store = ProjectFile.Create(path, Ana, SystemClock.Instance)) Import(store, "t1.txt", First);
        using var reopened = ProjectFile.Open(path, SystemClock.Instance);
        Assert.IsEmpty(reopened.SpeakerRoles());
        Assert.AreEqual(2, new SpeakerService(reopened, Ana).List().Count);
    }
}
