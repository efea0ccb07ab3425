using Codebook.Testing;

namespace Codebook.Cli.Tests.Export;

/// <summary>Choosing quotes, the pseudonym table and its guard, on a small project of our own.</summary>
[TestClass]
public sealed class QuoteExportTests
{
    private const string Interview =
        "---\nid: fr01\nlanguage: fr\ncase: nadia\nattributes:\n  pseudonym: Inès\n  role: frontline-worker\n---\n" +
        "ENQ : Et le soir ?\nNADIA : Je garde un cahier, comme Verhaegen. Les Verhaegens du service aussi.\n";

    [TestMethod]
    public void AQuoteStillHoldingARealNameIsRefusedAndNoFileIsWrittenUnlessAllowed()
    {
        using var temp = Project();
        Cli(temp, "code", "fr01", "--theme", "resistance", "--match", "Je garde un cahier, comme Verhaegen. Les Verhaegens du service aussi.");
        Cli(temp, "pseudonyms", "add", "Verhaegen", "Dupont");

        var refused = CliRun.Of("--project", temp.Project, "export", "quotes", "--theme", "resistance", "--output", temp.PathOf("q.md"));

        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "fr01, l. 10, quote: 'Verhaegens' (Verhaegen)");
        StringAssert.Contains(refused.Error, "--allow-real-names");
        Assert.IsFalse(File.Exists(temp.PathOf("q.md")));

        var allowed = Cli(temp, "export", "quotes", "--theme", "resistance", "--allow-real-names", "--output", temp.PathOf("q.md"));
        StringAssert.Contains(allowed.Error, "warning: real name written (--allow-real-names): fr01, l. 10, quote: 'Verhaegens' (Verhaegen)");
        StringAssert.Contains(File.ReadAllText(temp.PathOf("q.md")), "> Je garde un cahier, comme Dupont. Les Verhaegens du service aussi.");
    }

    [TestMethod]
    public void QuotesAreChosenByCaseAttributeCoderAndQuery()
    {
        using var temp = Project();
        Cli(temp, "--coder", "ana", "code", "fr01", "--theme", "resistance", "--match", "Je garde un cahier");
        Cli(temp, "--coder", "luis", "code", "fr01", "--theme", "resistance", "--match", "Les Verhaegens du service aussi.");

        Assert.AreEqual(2, Quotes(temp, "--theme", "resistance", "--where", "role=frontline-worker").Count);
        Assert.AreEqual(0, Quotes(temp, "--theme", "resistance", "--where", "role=service-user").Count);
        CollectionAssert.AreEqual(new[] { "Les Verhaegens du service aussi." }, Quotes(temp, "--theme", "resistance", "--coder", "luis"));
        CollectionAssert.AreEqual(new[] { "Je garde un cahier" }, Quotes(temp, "--theme", "resistance", "--query", "cahier", "--coder", "ana"));
        // Without a theme or coder, a query's hits are the quotes: here the whole passage.
        CollectionAssert.AreEqual(new[] { "Je garde un cahier, comme Verhaegen. Les Verhaegens du service aussi." }, Quotes(temp, "--query", "cahier"));

        var unknown = CliRun.Of("--project", temp.Project, "export", "quotes", "--theme", "resistance", "--where", "rol=x", "-o", temp.PathOf("x.csv"));
        Assert.AreEqual(2, unknown.ExitCode);
        StringAssert.Contains(unknown.Error, "no case has the attribute 'rol'");
    }

    [TestMethod]
    public void PseudonymsAreListedUndoneAndShownOnScreen()
    {
        using var temp = Project();
        Cli(temp, "pseudonyms", "add", "Nadia", "Inès");
        Cli(temp, "pseudonyms", "add", "Verhaegen", "Dupont");

        StringAssert.Contains(Cli(temp, "show", "fr01", "--pseudonymise").Out, "INÈS: Je garde un cahier, comme Dupont.");
        StringAssert.Contains(Cli(temp, "show", "fr01").Out, "NADIA: Je garde un cahier, comme Verhaegen.");
        Cli(temp, "undo");
        var list = Cli(temp, "pseudonyms").Out;
        StringAssert.Contains(list, "Nadia  →  Inès");
        StringAssert.Contains(list, "1 pseudonym.");
        Cli(temp, "pseudonyms", "remove", "NADIA");
        StringAssert.Contains(Cli(temp, "pseudonyms").Out, "0 pseudonyms.");
    }

    [TestMethod]
    public void TheReportHasTheTreeCountsAndPseudonymisedExamples()
    {
        using var temp = Project();
        Cli(temp, "code", "fr01", "--theme", "resistance", "--match", "Je garde un cahier, comme Verhaegen.");
        Cli(temp, "pseudonyms", "add", "Verhaegen", "Dupont");

        Cli(temp, "export", "report", "--examples", "1", "--output", temp.PathOf("report.md"));

        var report = File.ReadAllText(temp.PathOf("report.md"));
        StringAssert.Contains(report, "| resistance (`resistance`) | draft | 1 | 1 | 1 |");
        StringAssert.Contains(report, "## resistance\n");
        StringAssert.Contains(report, "> Je garde un cahier, comme Dupont.\n>\n> — Inès, fr01, l. 10");
        Assert.IsFalse(report.Contains("Verhaegen", StringComparison.Ordinal));
    }

    private static TempFolder Project()
    {
        var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        temp.Write("fr01.md", Interview);
        Cli(temp, "import", temp.PathOf("fr01.md"));
        ProjectSeed.AddThemes(temp.Project, "resistance");
        return temp;
    }

    private static List<string> Quotes(TempFolder temp, params string[] choice)
    {
        Cli(temp, ["export", "quotes", .. choice, "--output", temp.PathOf("quotes.csv")]);
        var table = ParsedTable.FromCsv(File.ReadAllText(temp.PathOf("quotes.csv")));
        return table.Rows.Select(r => r[0]).ToList();
    }

    private static CliRun Cli(TempFolder temp, params string[] args)
    {
        var run = CliRun.Of(["--project", temp.Project, .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }
}
