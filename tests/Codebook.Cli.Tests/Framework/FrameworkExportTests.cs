using System.Diagnostics;
using Codebook.Testing;
using MiniExcelLibs;
using static Codebook.Cli.Tests.Framework.FrameworkStudy;

namespace Codebook.Cli.Tests.Framework;

[TestClass]
public sealed class FrameworkExportTests
{
    [TestMethod]
    public void TheSpreadsheetHasARowPerCaseAColumnPerThemeAndTheSummariesInPlace()
    {
        using var temp = Written();

        var rows = MiniExcel.Query(temp.PathOf("framework.xlsx"), useHeaderRow: true, sheetName: "Framework")
            .Cast<IDictionary<string, object>>().ToList();

        CollectionAssert.AreEqual(new[] { "case", "reporting-pressure", "resistance" }, rows[0].Keys.ToList());
        CollectionAssert.AreEqual(new[] { "nadia", "lucia" }, rows.Select(r => r["case"]?.ToString()).ToList());
        var nadia = rows.Single(r => r["case"]?.ToString() == "nadia");
        Assert.AreEqual("Keeps a private notebook.\n(1 passage)", nadia["resistance"]);
        Assert.AreEqual("1 passage", nadia["reporting-pressure"]);
        Assert.AreEqual("Presión de la dirección.\n(1 passage)", rows.Single(r => r["case"]?.ToString() == "lucia")["reporting-pressure"]);
    }

    [TestMethod]
    public void LibreOfficeReadsTheSpreadsheetWithOneRowPerCaseAndTheSummaries()
    {
        var office = new[] { "libreoffice", "soffice" }.Select(Which).FirstOrDefault(p => p is not null);
        if (office is null)
        {
            Assert.Inconclusive("LibreOffice is not installed (no libreoffice or soffice on PATH): 'apt-get install libreoffice-calc-nogui' to run this check; the spreadsheet is still read back by TheSpreadsheetHasARowPerCase…");
        }
        using var temp = Written();

        var start = new ProcessStartInfo(office)
        {
            ArgumentList = { $"-env:UserInstallation=file://{temp.PathOf("office-profile")}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", temp.PathOf("csv"), temp.PathOf("framework.xlsx") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            var said = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode, said);
        }
        var table = ParsedTable.FromCsv(File.ReadAllText(temp.PathOf("csv/framework.csv")));

        CollectionAssert.AreEqual(new[] { "case", "reporting-pressure", "resistance" }, table.Header.ToList());
        Assert.HasCount(2, table.Rows);
        var nadia = table.Rows.Single(r => r[0] == "nadia");
        Assert.AreEqual("Keeps a private notebook.\n(1 passage)", nadia[2]);
        Assert.AreEqual("Presión de la dirección.\n(1 passage)", table.Rows.Single(r => r[0] == "lucia")[1]);
    }

    [TestMethod]
    public void QuotesAndSummariesArePseudonymisedAndARealNameLeftIsRefused()
    {
        using var temp = Written();
        Ok(temp, "pseudonyms", "add", "Verhaegen", "Dupont");
        Ok(temp, "framework", "set", "nadia", "resistance", "Like Verhaegen, keeps a notebook.");

        Ok(temp, "export", "framework", "--quotes", "--output", temp.PathOf("framework.md"));

        var markdown = File.ReadAllText(temp.PathOf("framework.md"));
        StringAssert.Contains(markdown, "| case | reporting-pressure | resistance |");
        StringAssert.Contains(markdown, "| nadia | 1 passage | Like Dupont, keeps a notebook.<br>(1 passage) |");
        StringAssert.Contains(markdown, "> Je garde un cahier, comme Dupont.");
        Assert.IsFalse(markdown.Contains("Verhaegen", StringComparison.Ordinal));

        Ok(temp, "framework", "set", "nadia", "resistance", "Like the Verhaegens, keeps a notebook.");
        var refused = CliRun.Of("--project", temp.Project, "export", "framework", "--output", temp.PathOf("refused.docx"));
        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "the framework summary of nadia × resistance still contains 'Verhaegen'");
        Assert.IsFalse(File.Exists(temp.PathOf("refused.docx")));
        Ok(temp, "export", "framework", "--allow-real-names", "--quotes", "--output", temp.PathOf("allowed.docx"));
        StringAssert.Contains(WordFile.Text(temp.PathOf("allowed.docx")), "Like the Verhaegens, keeps a notebook.");
    }

    private static TempFolder Written()
    {
        var temp = Create();
        Ok(temp, "framework", "set", "nadia", "resistance", "Keeps a private notebook.");
        Ok(temp, "framework", "set", "lucia", "reporting-pressure", "Presión de la dirección.");
        Ok(temp, "export", "framework", "--format", "xlsx", "--output", temp.PathOf("framework.xlsx"));
        return temp;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
}
