using Codebook.Testing;

namespace Codebook.Cli.Tests.Search;

[TestClass]
public sealed class AutocodeCommandTests
{
    private const string Query = "anonym* AND role:participant";

    private TempFolder _study = null!;

    [TestInitialize]
    public void CopyStudy() => _study = SearchStudy.Copy();

    [TestCleanup]
    public void DeleteCopy() => _study.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _study.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private int Codings(string theme) => Ok("codings", "--json").Json().EnumerateArray().Count(c => c.GetProperty("theme").GetString() == theme);

    [TestMethod]
    public void PreviewChangesNothingApplyCodesEveryPassageInOneChangeAndUndoTakesItBack()
    {
        var logBefore = Ok("log", "--json").Json().GetArrayLength();

        var preview = Ok("autocode", "--query", Query, "--theme", "anonymising-cvs");

        StringAssert.Contains(preview.Out, "5 passages found; would code 5 passages in 5 transcripts with anonymising-cvs.\n");
        StringAssert.Contains(preview.Out, "fr01-nadia l.91 (nadia) NADIA: …appelé. Alors on a commencé à [anonymiser] les CV.");
        StringAssert.EndsWith(preview.Out, "Nothing changed: run again with --yes to code them.\n");
        Assert.AreEqual(1, Codings("anonymising-cvs"));
        Assert.AreEqual(logBefore, Ok("log", "--json").Json().GetArrayLength());

        var apply = Ok("autocode", "--query", Query, "--theme", "anonymising-cvs", "--yes");

        StringAssert.EndsWith(apply.Out, "Coded 5 passages with anonymising-cvs in one change; 'codebook undo' takes it back.\n");
        Assert.AreEqual(6, Codings("anonymising-cvs"));
        Assert.AreEqual(logBefore + 1, Ok("log", "--json").Json().GetArrayLength());
        Assert.AreEqual(5, Ok("search", "theme:anonymising-cvs", "--json").Json().GetProperty("total").GetInt32());

        Ok("undo");

        Assert.AreEqual(1, Codings("anonymising-cvs"));
        Assert.AreEqual(1, Ok("search", "theme:anonymising-cvs", "--json").Json().GetProperty("total").GetInt32());
    }

    [TestMethod]
    public void ASecondRunLeavesOutWhatIsCodedAndRefusesWhenNothingIsLeft()
    {
        Ok("autocode", "--query", Query, "--theme", "anonymising-cvs", "--yes");

        var again = Run("autocode", "--query", Query, "--theme", "anonymising-cvs", "--yes");

        Assert.AreEqual(2, again.ExitCode);
        StringAssert.Contains(again.Out, "5 passages already coded with anonymising-cvs by this coder, left out.");
        StringAssert.StartsWith(again.Error, "error: autocode: every hit is already coded with anonymising-cvs by this coder");
    }

    [TestMethod]
    public void UnitMatchCodesOnlyTheMatchedWordsAPhraseAsOneSpan()
    {
        var run = Ok("autocode", "--query", "\"tableau de bord\"", "--theme", "dashboards-comparison", "--unit", "match", "--yes", "--json");

        var codings = Ok("codings", "--json").Json().EnumerateArray().Where(c => c.GetProperty("theme").GetString() == "dashboards-comparison"
            && c.GetProperty("coder").GetString() == "ana" && c.GetProperty("transcript").GetString()!.StartsWith("fr")).ToList();
        Assert.IsTrue(run.Json().GetProperty("applied").GetBoolean());
        Assert.IsNotEmpty(codings);
        Assert.IsTrue(codings.All(c => c.GetProperty("text").GetString()!.ToLowerInvariant() is "tableau de bord" or "tableaux de bord"),
            string.Join(", ", codings.Select(c => c.GetProperty("text").GetString())));
    }

    [TestMethod]
    public void AQueryOnFieldsOnlyHasNoWordsToCodeByMatch()
    {
        var run = Run("autocode", "--query", "theme:resistance", "--theme", "resistance", "--unit", "match");

        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Out, "2 passages found without matched words");
        StringAssert.Contains(run.Error, "use --unit passage");
    }
}
