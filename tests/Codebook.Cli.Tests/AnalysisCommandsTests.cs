using System.Text;
using System.Text.RegularExpressions;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>The analysis commands on the sample study: 17 interviews, the governance-by-numbers codebook, and twelve
/// codings spread over the four roles (frontline-worker 6 cases, manager 4, service-user 4, union-delegate 3).</summary>
[TestClass]
public sealed class AnalysisCommandsTests
{
    private static readonly (string Transcript, string Theme, int Turn)[] Codings =
    [
        ("fr01-nadia", "quotas-targets", 4), ("fr01-nadia", "resistance", 6), ("es12-lucia", "quotas-targets", 4),
        ("es17-andres", "anonymising-cvs", 8),
        ("es15-javier", "quotas-targets", 4), ("fr04-bernard", "dashboards-comparison", 6),
        ("es13-diego", "non-take-up", 4), ("fr10-karim", "non-take-up", 6), ("fr10-karim", "quotas-targets", 8),
        ("es14-carmen", "resistance", 4), ("fr03-fatima", "resistance", 6), ("fr03-fatima", "closing-doors", 8),
    ];

    private static TempFolder _temp = null!;

    [ClassInitialize]
    public static void CodeTheSampleStudy(TestContext _)
    {
        _temp = new TempFolder();
        Ok("init", _temp.Project);
        Ok("import", Repository.Interviews);
        Ok("themes", "import", Repository.StudyCodebook);
        foreach (var (transcript, theme, turn) in Codings) Ok("code", transcript, "--theme", theme, "--turn", $"{turn}");
    }

    [ClassCleanup]
    public static void DeleteProject() => _temp.Dispose();

    private static CliRun Run(params string[] args) => CliRun.Of(["--project", _temp.Project, "--coder", "ana", .. args]);

    private static CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private static ParsedTable Json(params string[] args) => ParsedTable.FromJson(Ok([.. args, "--json"]).Out);

    [TestMethod]
    public void MatrixByRoleCountsCodingsPerRole()
    {
        var matrix = Json("matrix", "--by", "attr:role");

        CollectionAssert.AreEqual(new[] { "theme", "frontline-worker", "manager", "service-user", "union-delegate", "total" }, matrix.Header.ToList());
        CollectionAssert.AreEqual(new[] { "2", "1", "1", "0", "4" }, matrix.Row("quotas-targets").ToList());
        CollectionAssert.AreEqual(new[] { "1", "0", "0", "2", "3" }, matrix.Row("resistance").ToList());
        CollectionAssert.AreEqual(new[] { "0", "0", "2", "0", "2" }, matrix.Row("non-take-up").ToList());
        CollectionAssert.AreEqual(new[] { "0", "0", "0", "0", "0" }, matrix.Row("quantification").ToList());
        CollectionAssert.AreEqual(new[] { "4", "2", "3", "3", "12" }, matrix.Row("total").ToList());
        CollectionAssert.AreEqual(new[] { "6", "4", "4", "3", "17" }, matrix.Row("cases in column").ToList());
    }

    [TestMethod]
    public void MatrixByRoleInTheTerminalShowsTheSameCounts()
    {
        var table = Ok("matrix", "--by", "attr:role").Out;

        StringAssert.Matches(table, new Regex(@"│ theme\s+│ frontline-worker │ manager │ service-user │ union-delegate │ total │"));
        StringAssert.Matches(table, new Regex(@"│\s+quotas-targets\s+│\s+2 │\s+1 │\s+1 │\s+· │\s+4 │"));
        StringAssert.Matches(table, new Regex(@"│ total\s+│\s+4 │\s+2 │\s+3 │\s+3 │\s+12 │"));
    }

    [TestMethod]
    public void PresenceWithSubThemesCountsCasesPerRole()
    {
        var matrix = Json("matrix", "--by", "attr:role", "--presence", "--rollup");

        // Quantification holds quotas-targets (nadia, lucía, javier, karim) and dashboards (bernard).
        CollectionAssert.AreEqual(new[] { "2", "2", "1", "0", "5" }, matrix.Row("quantification").ToList());
        // Resistance holds anonymising-cvs (andrés) and closing-doors (fatima, already counted).
        CollectionAssert.AreEqual(new[] { "2", "0", "0", "2", "4" }, matrix.Row("resistance").ToList());
        CollectionAssert.AreEqual(new[] { "3", "2", "2", "2", "9" }, matrix.Row("total").ToList());
    }

    [TestMethod]
    public void MatrixByCaseHasAColumnPerCase()
    {
        var matrix = Json("matrix", "--by", "case", "--rollup");
        int fatima = matrix.Header.ToList().IndexOf("fatima") - 1;

        Assert.HasCount(17 + 2, matrix.Header);
        Assert.AreEqual("1", matrix.Row("closing-doors")[fatima]);
        Assert.AreEqual("2", matrix.Row("resistance")[fatima], "her resistance and closing-doors codings");
    }

    [TestMethod]
    public void AQueryRestrictsTheMatrixToTheCodingsOfThePassagesItFinds()
    {
        var matrix = Json("matrix", "--by", "attr:role", "--query", "lang:es");

        CollectionAssert.AreEqual(new[] { "1", "1", "0", "0", "2" }, matrix.Row("quotas-targets").ToList());
        CollectionAssert.AreEqual(new[] { "0", "0", "0", "1", "1" }, matrix.Row("resistance").ToList());
        CollectionAssert.AreEqual(new[] { "2", "1", "1", "1", "5" }, matrix.Row("total").ToList());
    }

    [TestMethod]
    public void APipedTableHasNoColoursOnACiService()
    {
        // Spectre.Console's default enrichers turned colours on under GitHub Actions, whatever the output was.
        var before = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        try
        {
            var run = Ok("freq");

            Assert.IsFalse(run.Out.Contains('\u001b'), run.ToString());
            StringAssert.Contains(run.Out, "Theme frequencies");
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", before);
        }
    }

    [TestMethod]
    public void ABrokenQueryIsAUsageErrorWithItsColumn()
    {
        var run = Run("freq", "--query", "cifras AND (");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "column");
    }

    [TestMethod]
    public void FreqCountsOwnAndRolledUpCodings()
    {
        Assert.AreEqual("4", Json("freq").Row("quotas-targets")[1]);
        Assert.AreEqual("0", Json("freq").Row("quantification")[1]);
        var rolled = Json("freq", "--rollup").Row("quantification");
        Assert.AreEqual("5", rolled[1]);
        Assert.AreEqual("5", rolled[3], "cases");
    }

    [TestMethod]
    public void SaturationListsCodedInterviewsInCodingOrder()
    {
        var run = Ok("saturation", "--json");
        var steps = ParsedTable.FromJson(run.Out);

        CollectionAssert.AreEqual(Codings.Select(c => c.Transcript).Distinct().ToList(), steps.Rows.Select(r => r[1]).ToList());
        CollectionAssert.AreEqual(new[] { "2", "2", "3", "3", "4", "5", "5", "5", "6" }, steps.Rows.Select(r => r[5]).ToList());
        StringAssert.Contains(run.Error, "8 interviews not coded yet");
    }

    [TestMethod]
    public void CooccurWithinPassagesFindsNeighbouringCodings()
    {
        // Fatima's turns 6 and 8 are two turns, so two passages, apart; overlap finds nothing.
        Assert.IsEmpty(Json("cooccur").Rows);
        var pair = Json("cooccur", "--mode", "within:2").Rows.Single(r => r[0] == "resistance");
        CollectionAssert.AreEqual(new[] { "resistance", "closing-doors", "1", "0.5", "3", "1" }, pair.ToList());
    }

    [TestMethod]
    [DataRow("freq", "--rollup")]
    [DataRow("matrix", "--by", "attr:territory", "--presence")]
    [DataRow("cooccur", "--mode", "within:3")]
    [DataRow("saturation")]
    public void CsvMarkdownAndJsonReadBackToTheSameTable(params string[] args)
    {
        var json = ParsedTable.FromJson(Ok([.. args, "--format", "json"]).Out);
        var csv = ParsedTable.FromCsv(Ok([.. args, "--format", "csv"]).Out);
        var markdown = ParsedTable.FromMarkdown(Ok([.. args, "--format", "md"]).Out);

        Assert.IsNotEmpty(json.Rows);
        Assert.AreEqual(json.ToString(), csv.ToString());
        Assert.AreEqual(json.ToString(), markdown.ToString());
        Assert.AreEqual(json.ToString(), ParsedTable.FromJson(Ok([.. args, "--json"]).Out).ToString());
    }

    [TestMethod]
    public void CsvFileStartsWithAByteOrderMarkAndKeepsAccents()
    {
        var path = _temp.PathOf("pseudonyms.csv");

        var run = Ok("matrix", "--by", "attr:pseudonym", "--format", "csv", "--output", path);

        var bytes = File.ReadAllBytes(path);
        CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var table = ParsedTable.FromCsv(new UTF8Encoding(false).GetString(bytes[3..]));
        CollectionAssert.Contains(table.Header.ToList(), "Lucía");
        CollectionAssert.Contains(table.Header.ToList(), "Andrés");
        Assert.AreEqual("", run.Out);
    }

    [TestMethod]
    public void JsonFileHasNoByteOrderMark()
    {
        var path = _temp.PathOf("freq.json");

        Ok("freq", "--json", "--output", path);

        Assert.AreEqual((byte)'{', File.ReadAllBytes(path)[0]);
        Assert.AreEqual("4", ParsedTable.FromJson(File.ReadAllText(path)).Row("quotas-targets")[1]);
    }

    [TestMethod]
    public void AFilesExtensionChoosesTheFormatUnlessFormatIsGiven()
    {
        var byExtension = new[] { "freq.csv", "freq.md", "freq.json", "freq.txt" }.ToDictionary(name => name, name =>
        {
            var path = _temp.PathOf(name);
            Ok("freq", "--output", path);
            return File.ReadAllText(path);
        });
        var csv = _temp.PathOf("given.csv");
        Ok("freq", "--format", "md", "--output", csv);

        var expected = ParsedTable.FromJson(Ok("freq", "--json").Out).ToString();
        Assert.AreEqual(expected, ParsedTable.FromCsv(byExtension["freq.csv"]).ToString());
        Assert.AreEqual(expected, ParsedTable.FromMarkdown(byExtension["freq.md"]).ToString());
        Assert.AreEqual(expected, ParsedTable.FromJson(byExtension["freq.json"]).ToString());
        Assert.AreEqual(Ok("freq").Out, byExtension["freq.txt"], "any other extension gets the terminal's table");
        Assert.AreEqual(expected, ParsedTable.FromMarkdown(File.ReadAllText(csv)).ToString(), "--format wins over the extension");
    }

    [TestMethod]
    [DataRow("no case has the attribute 'rôle'", "matrix", "--by", "attr:rôle")]
    [DataRow("use --by case or --by attr:NAME", "matrix", "--by", "roles")]
    [DataRow("unknown co-occurrence mode 'near'", "cooccur", "--mode", "near")]
    [DataRow("'xml'", "freq", "--format", "xml")]
    public void MistakesSayWhatToDo(string message, params string[] args)
    {
        var run = Run(args);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, message);
    }
}
