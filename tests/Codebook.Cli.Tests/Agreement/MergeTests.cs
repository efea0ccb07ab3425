using Codebook.Testing;

namespace Codebook.Cli.Tests.Agreement;

/// <summary><c>merge</c>: ana's project and luis's project, each built from the sample interviews, brought together.</summary>
[TestClass]
public sealed class MergeTests
{
    private TempFolder _temp = null!;

    private string Ana => _temp.PathOf("ana.codebook");

    private string Luis => _temp.PathOf("luis.codebook");

    [TestInitialize]
    public void CodeTwoCopies()
    {
        _temp = new TempFolder();
        CodedStudy.Build(Ana, "*.ana.yaml");
    }

    [TestCleanup]
    public void DeleteProjects() => _temp.Dispose();

    private static CliRun Ok(string project, params string[] args)
    {
        // "sup" works unless the test names the coder.
        var run = CliRun.Of(["--project", project, .. (args.Contains("--coder") ? args : ["--coder", "sup", .. args])]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private static int Count(string project, string coder) =>
        Ok(project, "--coder", coder, "codings", "--json").Json().GetArrayLength();

    [TestMethod]
    public void MergeBringsLuisCodingsInOnceAndUndoTakesThemOut()
    {
        CodedStudy.Build(Luis, "*.luis.yaml");
        Ok(Luis, "--coder", "luis", "code", "fr01-nadia", "--theme", "resistance", "--match", "Chaque action.", "--memo", "luis's note");
        var (ana, luis) = (Count(Ana, "ana"), Count(Luis, "luis"));

        var merged = Ok(Ana, "merge", Luis, "--json").Json();

        Assert.AreEqual(luis, merged.GetProperty("merged").GetInt32());
        Assert.AreEqual(luis, merged.GetProperty("mergedByCoder").GetProperty("luis").GetInt32());
        Assert.AreEqual(0, merged.GetProperty("conflicts").GetArrayLength());
        Assert.AreEqual((ana, luis), (Count(Ana, "ana"), Count(Ana, "luis")));
        StringAssert.Contains(Ok(Ana, "--coder", "luis", "codings", "--transcript", "fr01-nadia").Out, "luis's note");

        var again = Ok(Ana, "merge", Luis);
        StringAssert.Contains(again.Out, $"Merged 0 codings and 0 memos; {luis} already here.");
        Assert.AreEqual(luis, Count(Ana, "luis"));

        StringAssert.Contains(Ok(Ana, "log").Out, $"merged {luis} codings from luis.codebook ({luis} by luis)");
        Ok(Ana, "undo");
        Assert.AreEqual((ana, 0), (Count(Ana, "ana"), Count(Ana, "luis")));
        Assert.AreEqual(luis, Count(Luis, "luis"), "the other project is only read");
    }

    [TestMethod]
    public void AnEditedTranscriptIsReportedAndItsCodingsSkipped()
    {
        var interviews = _temp.PathOf("interviews");
        Directory.CreateDirectory(interviews);
        foreach (var file in Directory.GetFiles(Repository.Interviews)) File.Copy(file, Path.Combine(interviews, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(interviews, "fr01-nadia.txt"), "\nENQ : Une dernière question.\n");
        Ok(Luis, "init", Luis);
        Ok(Luis, "import", interviews);
        Ok(Luis, "themes", "import", Repository.StudyCodebook);
        Ok(Luis, "--coder", "luis", "code", "fr01-nadia", "--theme", "resistance", "--match", "Chaque action.");
        Ok(Luis, "--coder", "luis", "code", "fr05-sophie", "--theme", "resistance", "--span", "100:140");

        var merged = Ok(Ana, "merge", Luis);

        StringAssert.Contains(merged.Out, "Merged 1 coding (1 by luis) and 0 memos; 0 already here.");
        StringAssert.Contains(merged.Out, "skipped, no transcript here with the same text: fr01-nadia (1 coding)");
        Assert.AreEqual(0, Ok(Ana, "--coder", "luis", "codings", "--transcript", "fr01-nadia", "--json").Json().GetArrayLength());
    }

    [TestMethod]
    public void TheSameCodersDifferentWorkIsReportedAndOnlyWhatIsMissingAdded()
    {
        CodedStudy.Build(Luis, "*.ana.yaml");
        Ok(Luis, "--coder", "ana", "code", "fr05-sophie", "--theme", "resistance", "--span", "100:140");

        var merged = Ok(Ana, "merge", Luis);

        StringAssert.Contains(merged.Out, "Merged 1 coding (1 by ana)");
        StringAssert.Contains(merged.Out, "added, differs from that coder's work here: ana on fr05-sophie (1 coding)");
    }
}
