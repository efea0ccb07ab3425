using System.Text.Json;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Speakers;

[TestClass]
public sealed class SpeakersCommandTests
{
    private readonly TempFolder _temp = new();

    [TestCleanup]
    public void Delete() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _temp.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    [TestInitialize]
    public void ImportTwoInterviews()
    {
        _temp.Write("fr-nadia.txt", """
            ENQ : Comment se passe l'encodage des chiffres ?
            NADIA : On encode tout, les chiffres de chaque appel.
            ENQ : Et le tableau de bord ?
            NADIA : Il arrive tous les lundis, avec nos chiffres.
            """);
        _temp.Write("fr-karim.txt", """
            ENQ : Vous regardez les chiffres ?
            Karim : Les chiffres, oui, tous les jours.
            Samira : Moi aussi, je regarde les chiffres le matin.
            """);
        Ok("init", _temp.Project);
        Ok("import", _temp.PathOf("fr-nadia.txt"), _temp.PathOf("fr-karim.txt"));
    }

    private List<JsonElement> Speakers(params string[] args) => Ok(["speakers", "--json", .. args]).Json().EnumerateArray().ToList();

    private string[] SpeakersFound(string query) =>
        Ok("search", query, "--limit", "1000", "--json").Json().GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("speaker").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray();

    [TestMethod]
    public void SpeakersAreListedWithTranscriptsTurnsSpokenWordsAndRoles()
    {
        var all = Speakers();
        CollectionAssert.AreEqual(new[] { "ENQ", "Karim", "NADIA", "Samira" }, all.Select(s => s.GetProperty("name").GetString()).ToArray());
        var enq = all[0];
        CollectionAssert.AreEqual(new[] { "fr-karim", "fr-nadia" }, enq.GetProperty("transcripts").EnumerateArray().Select(t => t.GetString()).Order().ToArray());
        Assert.AreEqual(3, enq.GetProperty("turns").GetInt32());
        // "Comment se passe l'encodage des chiffres" 6, "Et le tableau de bord" 5, "Vous regardez les chiffres" 4: no labels.
        Assert.AreEqual(15, enq.GetProperty("words").GetInt32());
        Assert.AreEqual("interviewer", enq.GetProperty("roles")[0].GetString());

        var karim = Speakers("--transcript", "fr-karim");
        Assert.HasCount(3, karim);
        StringAssert.Contains(Ok("speakers").Out, "4 speakers.");
    }

    [TestMethod]
    public void AfterSetRoleTheSpeakersTurnsAreNoLongerFoundAsParticipantsAndUndoBringsThemBack()
    {
        CollectionAssert.AreEqual(new[] { "Karim", "NADIA", "Samira" }, SpeakersFound("role:participant AND chiffres"));

        var set = Ok("speakers", "set-role", "samira", "interviewer");

        StringAssert.Contains(set.Out, "Samira: interviewer in 1 transcript (1 turn changed)");
        CollectionAssert.AreEqual(new[] { "Karim", "NADIA" }, SpeakersFound("role:participant AND chiffres"));
        CollectionAssert.AreEqual(new[] { "ENQ", "Samira" }, SpeakersFound("role:interviewer AND chiffres"));
        var samira = Speakers().Single(s => s.GetProperty("name").GetString() == "Samira");
        Assert.AreEqual("by hand", samira.GetProperty("decidedBy")[0].GetString());

        Ok("undo");
        CollectionAssert.AreEqual(new[] { "Karim", "NADIA", "Samira" }, SpeakersFound("role:participant AND chiffres"));
        Ok("redo");
        CollectionAssert.AreEqual(new[] { "Karim", "NADIA" }, SpeakersFound("role:participant AND chiffres"));
        StringAssert.Contains(Ok("log").Out, "speaker 'Samira' set to interviewer");
    }

    [TestMethod]
    public void SetRoleInOneTranscriptAndRoleOtherAreSearchable()
    {
        Ok("speakers", "set-role", "Karim", "other", "--transcript", "fr-karim");

        CollectionAssert.AreEqual(new[] { "Karim" }, SpeakersFound("role:other"));
        CollectionAssert.AreEqual(new[] { "NADIA", "Samira" }, SpeakersFound("role:participant AND chiffres"));
    }

    [TestMethod]
    public void RenameMergesSpellingsAndTheIndexFollows()
    {
        Ok("speakers", "rename", "nadia", "Nadia B.");

        CollectionAssert.AreEqual(new[] { "Nadia B." }, SpeakersFound("speaker:\"Nadia B.\""));
        Assert.HasCount(0, Ok("search", "speaker:nadia", "--json").Json().GetProperty("hits").EnumerateArray().ToList());
        Ok("undo");
        CollectionAssert.AreEqual(new[] { "NADIA" }, SpeakersFound("speaker:nadia"));
    }

    [TestMethod]
    public void ARoleSetForANameHoldsForATranscriptImportedLater()
    {
        Ok("speakers", "set-role", "Samira", "interviewer");
        _temp.Write("fr-samira.txt", """
            Samira : Et les objectifs du mois ?
            Fatima : On les atteint, en fermant la porte.
            Samira : Vraiment ?
            Fatima : Vraiment, la porte.
            """);

        var import = Ok("import", _temp.PathOf("fr-samira.txt"));

        StringAssert.Contains(import.Out + import.Error, "Samira is interviewer here, as set by hand for the project");

        var samira = Speakers("--transcript", "fr-samira").Single(s => s.GetProperty("name").GetString() == "Samira");
        Assert.AreEqual(("interviewer", "by hand"), (samira.GetProperty("roles")[0].GetString(), samira.GetProperty("decidedBy")[0].GetString()));
        CollectionAssert.AreEqual(new[] { "Fatima" }, SpeakersFound("role:participant AND transcript:fr-samira"));
    }

    [TestMethod]
    public void AnUnknownNameIsAClearErrorNamingCloseNamesAndChangesNothing()
    {
        var log = Ok("log").Out;

        var run = Run("speakers", "set-role", "Samir", "interviewer");

        Assert.AreNotEqual(0, run.ExitCode);
        StringAssert.Contains(run.Error, "no speaker 'Samir'");
        StringAssert.Contains(run.Error, "'Samira'");
        Assert.AreNotEqual(0, Run("speakers", "set-role", "Samira", "note").ExitCode);
        Assert.AreNotEqual(0, Run("speakers", "rename", "Kareem", "Karim").ExitCode);
        Assert.AreEqual(log, Ok("log").Out);
    }
}
