using System.Text.Json;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>The theme commands on the sample study: its 17 interviews and its codebook, with a few codings.</summary>
[TestClass]
public sealed class ThemeCommandsTests
{
    private static TempFolder _template = null!;
    private TempFolder _temp = null!;

    private static string StudyCodebook => Repository.StudyCodebook;

    /// <summary>Imports the sample study once; each test works on its own copy of the file.</summary>
    [ClassInitialize]
    public static void BuildSampleStudy(TestContext _)
    {
        _template = new TempFolder();
        var project = _template.Project;
        Assert.AreEqual(0, CliRun.Of("init", project).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", project, "import", Repository.Interviews).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", project, "themes", "import", StudyCodebook).ExitCode);
        foreach (var args in new[]
        {
            new[] { "code", "fr01-nadia", "--theme", "gaming-indicators", "--turn", "3" },
            ["code", "fr01-nadia", "--theme", "quotas-targets", "--turn", "3"],
            ["code", "fr01-nadia", "--theme", "gaming-indicators", "--turn", "5", "--memo", "fudging"],
            ["code", "fr03-fatima", "--theme", "malaise", "--turn", "4"],
        })
        {
            var run = CliRun.Of(["--project", project, "--coder", "ana", .. args]);
            Assert.AreEqual(0, run.ExitCode, run.ToString());
        }
        Assert.AreEqual(0, CliRun.Of("--project", project, "--coder", "luis", "code", "fr01-nadia", "--theme", "gaming-indicators", "--turn", "3").ExitCode);
    }

    [ClassCleanup]
    public static void DeleteSampleStudy() => _template.Dispose();

    [TestInitialize]
    public void CopyProject()
    {
        _temp = new TempFolder();
        File.Copy(_template.Project, _temp.Project);
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

    /// <summary>Every coder's codings: <c>--coder</c> would filter them.</summary>
    private string Codings(params string[] filter)
    {
        var run = CliRun.Of(["--project", _temp.Project, "codings", "--json", .. filter]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run.Out;
    }

    private List<JsonElement> CodingRows(string theme) => JsonDocument.Parse(Codings("--theme", theme)).RootElement.EnumerateArray().ToList();

    private string Themes() => Ok("themes", "--json").Out;

    private int LogLength() => Ok("log", "--json").Json().GetArrayLength();

    private JsonElement Theme(string id) => Ok("themes", "--json").Json().EnumerateArray().Single(t => t.GetProperty("theme").GetProperty("id").GetString() == id).GetProperty("theme");

    [TestMethod]
    public void CodingUncodingMergingAndDeletingThenUndoingBackGivesExactlyTheStartingCodings()
    {
        var startCodings = Codings();
        var startThemes = Themes();
        var log = LogLength();

        var added = Ok("code", "fr02-olivier", "--theme", "resistance", "--turn", "2", "--json").Json()[0].GetProperty("id").GetString()!;
        Ok("uncode", CodingRows("malaise").Single().GetProperty("id").GetString()!);
        var merge = Ok("theme", "merge", "gaming-indicators", "--into", "quotas-targets");
        Ok("uncode", added);
        var delete = Ok("theme", "delete", "quantification");
        var steps = LogLength() - log;

        StringAssert.Contains(merge.Out, "merged gaming-indicators into quotas-targets: 2 codings moved; 1 it already had dropped");
        StringAssert.Contains(delete.Out, "moved up to the top");
        Assert.HasCount(3, CodingRows("quotas-targets"), "deleting quantification leaves its sub-themes and their codings");
        Assert.AreEqual(5, steps);
        for (int i = 0; i < steps; i++) StringAssert.StartsWith(Ok("undo").Out, "#");

        Assert.AreEqual(startCodings, Codings());
        Assert.AreEqual(startThemes, Themes());
    }

    [TestMethod]
    public void MergeLosesNoCoding()
    {
        var before = JsonDocument.Parse(Codings()).RootElement.GetArrayLength();
        var source = CodingRows("gaming-indicators").Count;
        var target = CodingRows("quotas-targets").Count;

        var merge = Ok("theme", "merge", "gaming-indicators", "--into", "quotas-targets", "--json").Json();

        var dropped = merge.GetProperty("dropped").GetArrayLength();
        Assert.AreEqual(1, dropped, "ana coded turn 3 with both themes");
        Assert.AreEqual(source + target - dropped, CodingRows("quotas-targets").Count);
        Assert.AreEqual(before - dropped, JsonDocument.Parse(Codings()).RootElement.GetArrayLength());
        Assert.IsTrue(CodingRows("quotas-targets").Any(c => c.GetProperty("coder").GetString() == "luis"), "another coder's same span is not a duplicate");
        Assert.IsTrue(CodingRows("quotas-targets").Any(c => c.TryGetProperty("memo", out var memo) && memo.GetString() == "fudging"));
    }

    [TestMethod]
    public void DeleteThenUndoRestoresTheThemeAndItsCodings()
    {
        var codings = Codings();
        var themes = Themes();

        StringAssert.Contains(Ok("theme", "delete", "gaming-indicators").Out, "and its 3 codings");
        Assert.IsEmpty(CodingRows("gaming-indicators"));
        Assert.IsFalse(Themes().Contains("\"gaming-indicators\""), "the theme is gone");
        Ok("undo");

        Assert.AreEqual(codings, Codings());
        Assert.AreEqual(themes, Themes());
    }

    [TestMethod]
    public void AddRenameMoveColourKeyAndStatusEachShowInTheTree()
    {
        StringAssert.Contains(Ok("theme", "add", "counting", "--label", "Counting", "--parent", "quantification", "--color", "#1a2b3c", "--key", "k").Out,
            "added counting \"Counting\" under quantification [k] #1A2B3C draft");
        Ok("theme", "rename", "counting", "--label", "Counting actions", "--label-fr", "Compter", "--label-es", "Contar");
        Ok("theme", "move", "counting", "--top");
        Ok("theme", "color", "counting", "#00FF00");
        Ok("theme", "key", "counting", "x");
        Ok("theme", "status", "counting", "in-review", "--comment", "Too close to reporting-pressure?");

        var theme = Theme("counting");
        Assert.AreEqual("Counting actions", theme.GetProperty("label").GetString());
        Assert.AreEqual("Compter", theme.GetProperty("labels").GetProperty("fr").GetString());
        Assert.IsFalse(theme.TryGetProperty("parentId", out _));
        Assert.AreEqual("#00FF00", theme.GetProperty("color").GetString());
        Assert.AreEqual("x", theme.GetProperty("key").GetString());
        Assert.AreEqual("inReview", theme.GetProperty("status").GetString());
        StringAssert.Contains(Ok("theme", "reviews", "counting").Out, "ana  in review: Too close to reporting-pressure?");
    }

    [TestMethod]
    public void SplitSendsTheNamedCodingsToEachNewThemeAndKeepsTheRest()
    {
        var rows = CodingRows("gaming-indicators");
        var ids = rows.Select(r => r.GetProperty("id").GetString()!).ToList();

        var split = Ok("theme", "split", "gaming-indicators", "--into", "fudging:Fudging the figures", "--codings", ids[0],
            "--into", "padding", "--codings", $"{ids[1]}");

        StringAssert.Contains(split.Out, "split gaming-indicators into fudging, padding: 2 codings moved");
        Assert.AreEqual("Fudging the figures", Theme("fudging").GetProperty("label").GetString());
        CollectionAssert.AreEqual(new[] { ids[0] }, CodingRows("fudging").Select(r => r.GetProperty("id").GetString()).ToList());
        CollectionAssert.AreEqual(new[] { ids[1] }, CodingRows("padding").Select(r => r.GetProperty("id").GetString()).ToList());
        CollectionAssert.AreEqual(ids.Skip(2).ToList(), CodingRows("gaming-indicators").Select(r => r.GetProperty("id").GetString()).ToList());
    }

    [TestMethod]
    [DataRow("no theme 'nowhere'", "theme", "add", "x-new", "--label", "X", "--parent", "nowhere")]
    [DataRow("is below quantification", "theme", "move", "quantification", "--parent", "quotas-targets")]
    [DataRow("the key 'r' is already resistance's", "theme", "key", "malaise", "r")]
    [DataRow("the key 'Q' is already quantification's", "theme", "add", "x-new", "--label", "X", "--key", "Q")]
    [DataRow("not a colour", "theme", "color", "malaise", "#12345G")]
    [DataRow("no theme 'nowhere'", "theme", "delete", "nowhere")]
    [DataRow("no theme 'nowhere'", "theme", "merge", "malaise", "--into", "nowhere")]
    [DataRow("there is already a theme 'malaise'", "theme", "add", "malaise", "--label", "Again")]
    [DataRow("not a review status", "theme", "status", "malaise", "done")]
    [DataRow("exactly one of --parent P or --top", "theme", "move", "malaise")]
    [DataRow("1 --into but 2 --codings", "theme", "split", "malaise", "--into", "a", "--codings", "c1", "--codings", "c2")]
    [DataRow("no snapshot 'v9'", "themes", "diff", "v9", "current")]
    public void RefusalsSayWhyAndChangeNothing(string expected, params string[] args)
    {
        var codings = Codings();
        var themes = Themes();
        var log = LogLength();

        var run = Run(args);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, expected);
        Assert.AreEqual(codings, Codings());
        Assert.AreEqual(themes, Themes());
        Assert.AreEqual(log, LogLength());
    }

    [TestMethod]
    public void DiffBetweenTwoSnapshotsListsARenameAMergeAndAChangedDefinition()
    {
        Ok("themes", "snapshot", "--label", "v1");
        var edited = _temp.Write("edited.md", File.ReadAllText(StudyCodebook).Replace(
            "Definition: Expressions of unease, guilt, anxiety or shame", "Definition: Expressions of unease, guilt, fear or shame"));
        Ok("themes", "import", edited);
        Ok("theme", "rename", "resistance", "--label", "Resistance and leeway");
        Ok("theme", "merge", "gaming-indicators", "--into", "quotas-targets");
        Ok("themes", "snapshot", "--label", "v2");

        var differences = Ok("themes", "diff", "v1", "v2", "--json").Json().EnumerateArray()
            .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("theme").GetString()} -> {(d.TryGetProperty("after", out var after) ? after.GetString() : "")}")
            .ToList();
        var text = Ok("themes", "diff", "v1", "v2").Out;

        CollectionAssert.AreEqual(new[]
        {
            "merged gaming-indicators -> quotas-targets",
            "renamed resistance -> Resistance and leeway",
            "redefined malaise -> Expressions of unease, guilt, fear or shame linked to the figures, including physical symptoms and sleep.",
        }, differences);
        StringAssert.Contains(text, "merged     gaming-indicators  into quotas-targets");
        StringAssert.Contains(text, "renamed    resistance         \"Resistance and room for manoeuvre\" -> \"Resistance and leeway\"");
        StringAssert.Contains(text, "redefined  malaise");
        StringAssert.Contains(Ok("themes", "snapshots").Out, "v2");
        Assert.AreEqual("No differences.\n", Ok("themes", "diff", "v2", "current").Out);
    }
}
