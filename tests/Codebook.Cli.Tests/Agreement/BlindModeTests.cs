using Codebook.Testing;

namespace Codebook.Cli.Tests.Agreement;

/// <summary><c>--blind</c> on the sample study: a coder sees only their own codings, and the agreement commands refuse it.</summary>
[TestClass]
public sealed class BlindModeTests
{
    private TempFolder _temp = null!;

    [TestInitialize]
    public void CodeTheSampleStudy()
    {
        _temp = new TempFolder();
        CodedStudy.Build(_temp.Project);
    }

    [TestCleanup]
    public void DeleteProject() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _temp.Project, .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private static List<string> Coders(CliRun run) => run.Json().EnumerateArray().Select(c => c.GetProperty("coder").GetString()!).ToList();

    [TestMethod]
    public void CodingsListOnlyTheWorkingCodersOwn()
    {
        var all = Coders(Ok("codings", "--json"));
        var blind = Coders(Ok("--blind", "--coder", "luis", "codings", "--json"));

        CollectionAssert.AreEquivalent(new[] { "ana", "luis" }, all.Distinct().ToList());
        Assert.AreEqual(all.Count(c => c == "luis"), blind.Count);
        CollectionAssert.AreEqual(new[] { "luis" }, blind.Distinct().ToList());
    }

    [TestMethod]
    public void FrequenciesCountOnlyTheWorkingCodersCodings()
    {
        var luis = Ok("--blind", "--coder", "luis", "codings", "--theme", "reporting-pressure", "--json").Json().GetArrayLength();
        var everyone = Ok("--coder", "luis", "freq", "--json");
        var blind = Ok("--blind", "--coder", "luis", "freq", "--json");

        Assert.AreEqual(luis.ToString(), ParsedTable.FromJson(blind.Out).Row("reporting-pressure")[1]);
        Assert.IsGreaterThan(luis, int.Parse(ParsedTable.FromJson(everyone.Out).Row("reporting-pressure")[1]));
    }

    [TestMethod]
    public void MemosOnAnothersCodingAreHidden()
    {
        var anas = Ok("--coder", "ana", "codings", "--json").Json()[0].GetProperty("id").GetString()!;
        Ok("--coder", "ana", "memo", "add", "--on", $"coding:{anas}", "only ana sees this");

        StringAssert.Contains(Ok("--coder", "luis", "memos").Out, "only ana sees this");
        Assert.IsFalse(Ok("--blind", "--coder", "luis", "memos").Out.Contains("only ana sees this"));
        StringAssert.Contains(Ok("--blind", "--coder", "ana", "memos").Out, "only ana sees this");
    }

    [TestMethod]
    public void AgreementCommandsRefuseBlindMode()
    {
        foreach (var command in new[] { "agree", "disagreements" })
        {
            var run = Run("--blind", "--coder", "luis", command, "--coders", "ana,luis");

            Assert.AreEqual(2, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, $"'{command}' compares coders, which blind mode hides from each other");
        }
    }

    [TestMethod]
    public void TheLogMasksWhatOtherCodersDidToCodingsAndMemos()
    {
        var anas = Ok("--coder", "ana", "codings", "--json").Json()[0].GetProperty("id").GetString()!;
        Ok("--coder", "ana", "memo", "add", "--on", $"coding:{anas}", "only ana sees this");
        Ok("--coder", "ana", "uncode", anas);
        Ok("--coder", "ana", "undo");

        var everyone = Ok("--coder", "luis", "log").Out;
        var luis = Ok("--blind", "--coder", "luis", "log").Out;
        var ana = Ok("--blind", "--coder", "ana", "log").Out;
        var json = Ok("--blind", "--coder", "luis", "log", "--json").Json().EnumerateArray().ToList();

        StringAssert.Contains(everyone, "only ana sees this");
        StringAssert.Contains(everyone, "undid");
        Assert.DoesNotContain("only ana sees this", luis);
        Assert.DoesNotContain(anas, luis, "neither the uncoding nor its undo names ana's coding");
        StringAssert.Contains(luis, "hidden in blind mode");
        StringAssert.Contains(ana, "only ana sees this");
        Assert.HasCount(Ok("--coder", "luis", "log", "--json").Json().GetArrayLength(), json, "every change is still listed");
        Assert.IsTrue(json.Where(c => c.GetProperty("action").GetString() is "memo" or "uncode" or "undo")
            .All(c => c.GetProperty("summary").GetString() == Core.Ports.BlindView.MaskedSummary));
    }

    [TestMethod]
    public void QueriesOnThemesOrCodersAreRefusedInBlindMode()
    {
        var search = Run("--blind", "--coder", "luis", "search", "theme:reporting-pressure");
        var scope = Run("--blind", "--coder", "luis", "freq", "--query", "chiffres AND coder:ana");

        foreach (var run in new[] { search, scope })
        {
            Assert.AreEqual(2, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, "cannot use the fields theme: or coder:");
            StringAssert.Contains(run.Error, "every coder's codings");
            StringAssert.Contains(run.Error, "codebook codings --theme");
        }
        StringAssert.Contains(Ok("--blind", "--coder", "luis", "search", "chiffres").Out, "found");
        StringAssert.Contains(Ok("--coder", "luis", "search", "theme:reporting-pressure").Out, "found");
    }

    [TestMethod]
    public void ExportsHoldOnlyTheWorkingCodersCodings()
    {
        string Report(params string[] args)
        {
            var file = Path.Combine(_temp.Root, $"report{args.Length}.md");
            Ok([.. args, "export", "report", "--allow-real-names", "-o", file]);
            return File.ReadAllLines(file).Single(l => l.StartsWith("`reporting-pressure` ·", StringComparison.Ordinal));
        }
        var luis = Ok("--blind", "--coder", "luis", "codings", "--theme", "reporting-pressure", "--json").Json().GetArrayLength();
        var everyone = Ok("codings", "--json").Json().EnumerateArray().Count(c => c.GetProperty("theme").GetString() == "reporting-pressure");

        StringAssert.Contains(Report(), $" {everyone} codings");
        StringAssert.Contains(Report("--blind", "--coder", "luis"), $" {luis} codings");
        Assert.IsLessThan(everyone, luis);
        Assert.IsGreaterThan(0, luis);
    }
}
