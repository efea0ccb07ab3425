using Codebook.Testing;

namespace Codebook.Cli.Tests;

[TestClass]
public sealed class CodingCommandsTests
{
    private const string Interview =
        "ENQ : Comment ça se passe ?\n" +
        "NADIA : On a commencé à anonymiser les CV des jeunes.\n" +
        "Les chiffres, toujours les chiffres.\n" +
        "ENQ : Et l’évaluation ?\n" +
        "NADIA : On ferme la porte quand le quota est atteint.\n";

    private TempFolder _temp = null!;

    [TestInitialize]
    public void CreateProject()
    {
        _temp = new TempFolder();
        Assert.AreEqual(0, CliRun.Of("init", _temp.Project).ExitCode);
        _temp.Write("fr01.txt", Interview);
        Assert.AreEqual(0, Run("import", _temp.PathOf("fr01.txt")).ExitCode);
        Assert.AreEqual(0, Run("theme", "add", "resistance", "--label", "Resistance").ExitCode);
        Assert.AreEqual(0, Run("theme", "add", "numbers", "--label", "Governance by numbers").ExitCode);
    }

    [TestCleanup]
    public void DeleteProject() => _temp.Dispose();

    /// <summary>One run of the command line: opens the project file and closes it, as a separate process would.</summary>
    private CliRun Run(params string[] args) => CliRun.Of(["--project", _temp.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private string Codings() => Ok("codings", "--json").Out;

    private int LogLength() => Ok("log", "--json").Json().GetArrayLength();

    [TestMethod]
    public void CodePrintsOneLineWithIdThemeSpanLinesAndText()
    {
        var run = Ok("code", "fr01", "--theme", "resistance", "--match", "anonym");

        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(
            "^coded c[0-9a-z]{8} resistance on fr01 \\d+:\\d+ \\(l\\. 2\\) by ana: \"anonymiser\"\n$"));
    }

    [TestMethod]
    public void EveryWayToSayASpanCodesTheExpectedText()
    {
        Ok("code", "fr01", "--theme", "resistance", "--span", "41:47");
        Ok("code", "fr01", "--theme", "resistance", "--turn", "4");
        Ok("code", "fr01", "--theme", "numbers", "--lines", "3-4");
        Ok("code", "fr01", "--theme", "numbers", "--match", "CHIFFRES", "--all", "--memo", "twice");

        var rows = Ok("codings", "--json").Json().EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[]
        {
            "commen", "Les chiffres, toujours les chiffres.\nENQ : Et l’évaluation ?", "chiffres", "chiffres",
            "On ferme la porte quand le quota est atteint.",
        }, rows.Select(r => r.GetProperty("text").GetString()).ToList());
        var first = rows[0];
        Assert.AreEqual("fr01", first.GetProperty("transcript").GetString());
        Assert.AreEqual(41, first.GetProperty("start").GetInt32());
        Assert.AreEqual(47, first.GetProperty("end").GetInt32());
        Assert.AreEqual("ana", first.GetProperty("coder").GetString());
        Assert.AreEqual("twice", rows[2].GetProperty("memo").GetString());
        Assert.HasCount(2, Ok("codings", "--json", "--theme", "resistance").Json().EnumerateArray().ToList());
        Assert.HasCount(0, Ok("codings", "--json", "--transcript", "fr02").Json().EnumerateArray().ToList());
        Assert.HasCount(0, CliRun.Of("--project", _temp.Project, "--coder", "luis", "codings", "--json").Json().EnumerateArray().ToList());
    }

    [TestMethod]
    [DataRow("--span", "5:3", "0 <= START < END")]
    [DataRow("--span", "five", "START:END")]
    [DataRow("--turn", "9", "no turn 9")]
    [DataRow("--lines", "7-9", "lines 1-")]
    [DataRow("--match", "dashboard", "does not occur")]
    public void ABadSpanIsExplainedAndChangesNothing(string option, string value, string expected)
    {
        var log = LogLength();

        var run = Run("code", "fr01", "--theme", "resistance", option, value);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, expected);
        Assert.AreEqual(log, LogLength());
    }

    [TestMethod]
    public void UnknownThemesTranscriptsAndCodingsAreNamed()
    {
        var log = LogLength();

        StringAssert.Contains(Run("code", "fr01", "--theme", "gaming", "--turn", "1").Error, "no theme 'gaming'");
        StringAssert.Contains(Run("code", "fr99", "--theme", "resistance", "--turn", "1").Error, "no transcript 'fr99'");
        StringAssert.Contains(Run("uncode", "c00000000").Error, "no coding 'c00000000'");
        StringAssert.Contains(Run("memo", "add", "--on", "theme:gaming", "note").Error, "no theme 'gaming'");
        StringAssert.Contains(Run("memo", "add", "--on", "case:nadia", "note").Error, "project, transcript:ID");
        StringAssert.Contains(Run("code", "fr01", "--theme", "resistance").Error, "exactly one of");
        StringAssert.Contains(Run("code", "fr01", "--theme", "resistance", "--turn", "1", "--all").Error, "--all goes with --match");
        Assert.AreEqual(log, LogLength());
    }

    [TestMethod]
    public void CodingTheSameSpanTwiceIsRefusedPolitely()
    {
        Ok("code", "fr01", "--theme", "resistance", "--turn", "2");

        var again = Run("code", "fr01", "--theme", "resistance", "--turn", "2");

        Assert.AreEqual(2, again.ExitCode);
        StringAssert.Contains(again.Error, "already coded");
    }

    [TestMethod]
    public void MemosAreWrittenAndListed()
    {
        var coding = Ok("code", "fr01", "--theme", "resistance", "--turn", "2", "--json").Json()[0].GetProperty("id").GetString()!;

        Ok("memo", "add", "--on", "project", "Started", "coding.");
        Ok("memo", "add", "--on", "transcript:fr01", "Long pauses.");
        Ok("memo", "add", "--on", "theme:resistance", "Small acts count.");
        Ok("memo", "add", "--on", $"coding:{coding}", "Clear case.");

        var memos = Ok("memos", "--json").Json().EnumerateArray().ToList();
        CollectionAssert.AreEquivalent(new[] { "project", "transcript:fr01", "theme:resistance", $"coding:{coding}" },
            memos.Select(m => m.GetProperty("on").GetString()).ToList());
        Assert.AreEqual("Started coding.", memos.Single(m => m.GetProperty("on").GetString() == "project").GetProperty("text").GetString());
        StringAssert.Contains(Ok("memos").Out, "on theme:resistance by ana");
    }

    [TestMethod]
    public void UndoingEveryStepAcrossRunsGivesBackExactlyTheCodingsWeStartedWith()
    {
        Ok("code", "fr01", "--theme", "resistance", "--turn", "2");
        Ok("code", "fr01", "--theme", "numbers", "--match", "chiffres", "--all");
        var start = Codings();
        var startMemos = Ok("memos", "--json").Out;
        var log = LogLength();
        var first = Ok("codings", "--json").Json()[0].GetProperty("id").GetString()!;

        Ok("code", "fr01", "--theme", "resistance", "--lines", "5");
        Ok("code", "fr01", "--theme", "numbers", "--match", "quota", "--memo", "targets");
        Ok("uncode", first);
        Ok("memo", "add", "--on", "project", "Second pass.");
        Ok("memo", "add", "--on", "transcript:fr01", "Recoded.");
        var end = Codings();
        var steps = LogLength() - log;
        Assert.AreNotEqual(start, end);

        for (int i = 0; i < steps; i++) StringAssert.StartsWith(Ok("undo").Out, "#");

        Assert.AreEqual(start, Codings());
        Assert.AreEqual(startMemos, Ok("memos", "--json").Out);

        for (int i = 0; i < steps; i++) StringAssert.Contains(Ok("redo").Out, "redid #");
        Assert.AreEqual(end, Codings());
        StringAssert.StartsWith(Ok("redo").Out, "nothing to redo");
    }

    [TestMethod]
    public void UndoIsLoggedAndANewChangeEndsRedo()
    {
        var before = Codings();
        Ok("code", "fr01", "--theme", "resistance", "--turn", "2");

        StringAssert.Contains(Ok("undo").Out, "undid #");
        Assert.AreEqual(before, Codings());
        var log = Ok("log", "--json").Json().EnumerateArray().ToList();
        Assert.AreEqual("undo", log[^1].GetProperty("action").GetString());

        Ok("redo");
        Assert.AreNotEqual(before, Codings());
        Ok("undo");
        Ok("code", "fr01", "--theme", "numbers", "--turn", "3");

        StringAssert.StartsWith(Ok("redo").Out, "nothing to redo");
        Assert.HasCount(1, Ok("codings", "--json").Json().EnumerateArray().ToList());
    }

    [TestMethod]
    public void UndoWithNothingLeftSaysSoAndSucceeds()
    {
        var steps = LogLength();
        for (int i = 0; i < steps; i++) Ok("undo");

        Assert.AreEqual("nothing to undo\n", Ok("undo").Out);
        Assert.AreEqual(0, Ok("transcripts", "--json").Json().GetArrayLength());
    }
}
