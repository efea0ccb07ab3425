using System.Text;
using Codebook.Cli.Demo;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Cli.Tests.Export;

/// <summary>The must-show of quote export: the sample study's "resistance" quotes (its two coders' codings, built as
/// the demo builds them) in Markdown, Word and CSV carry the same quotes, locators and pseudonyms.</summary>
[TestClass]
public sealed class ResistanceQuotesTests
{
    private static TempFolder _temp = null!;

    // Nadia's notebook: fr01-nadia line 89 of the file (luis's coding); Fatima's timestamped turn at line 61 of fr03-fatima's file.
    // Each speaks in her own interview, so the citation names her (by the case's pseudonym) and not the case again.
    private const string Notebook = "on s'est dit qu'on était des résistantes. [rires] Des résistantes avec un cahier Atoma.";
    private const string NotebookCitation = "Inès, fr01-ines, l. 89";
    private const string FatimaCitation = "Fatima, fr03-fatima, l. 61, 00:17:31";

    [ClassInitialize]
    public static void BuildTheSampleStudy(TestContext _)
    {
        _temp = new TempFolder();
        SampleStudy.Build(_temp.Project, new Coder("test"), SystemClock.Instance);
        Run("pseudonyms", "add", "Nadia", "Inès");
        Run("pseudonyms", "add", "Mission Locale du Canal", "Mission Locale A", "--kind", "organisation");
        Run("pseudonyms", "add", "Anderlecht", "[commune]", "--kind", "place");
    }

    [ClassCleanup]
    public static void Remove() => _temp.Dispose();

    [TestMethod]
    public void MarkdownHasTheQuotesWithLocatorsAndPseudonyms()
    {
        var run = Run("export", "quotes", "--theme", "resistance", "--output", _temp.PathOf("resistance.md"));

        var text = File.ReadAllText(_temp.PathOf("resistance.md"));
        StringAssert.Contains(run.Out, "75 quotes");
        StringAssert.Contains(text, $"> On en a parlé une fois, on a rigolé, {Notebook.Replace("[rires]", "\\[rires\\]")}\n:::\n\n({NotebookCitation})");
        StringAssert.Contains(text, $"({FatimaCitation})");
        StringAssert.Contains(text, "::: {lang=es}");
        Assert.IsFalse(text.Contains("Nadia", StringComparison.OrdinalIgnoreCase), "a real name is left in the Markdown");
    }

    [TestMethod]
    public void WordHasTheQuotesInNamedStylesWithLocatorsAndPseudonyms()
    {
        Run("export", "quotes", "--theme", "resistance", "--order", "theme", "--translation", "--output", _temp.PathOf("resistance.docx"));

        using var document = WordprocessingDocument.Open(_temp.PathOf("resistance.docx"), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        var notebook = paragraphs.FindIndex(p => p.Style == "Quote" && p.Text.Contains(Notebook, StringComparison.Ordinal));
        Assert.IsGreaterThanOrEqualTo(0, notebook, "Nadia's notebook is quoted");
        Assert.AreEqual(("Citation", $"({NotebookCitation}) [3 names pseudonymised]"), paragraphs[notebook + 1]);
        Assert.AreEqual("Translation", paragraphs[notebook + 2].Style);
        Assert.IsTrue(paragraphs.Any(p => p.Style == "Citation" && p.Text == $"({FatimaCitation})"));
        CollectionAssert.IsSubsetOf(new[] { "Resistance and room for manoeuvre", "Circumventing rules", "Own databases" },
            paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text).ToList());
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        CollectionAssert.IsSubsetOf(new[] { "Quote", "Citation", "Memo", "Translation", "QuoteChar", "CitationChar" }, styles);
        Assert.IsFalse(paragraphs.Any(p => p.Text.Contains("Nadia", StringComparison.OrdinalIgnoreCase)), "a real name is left in the Word file");
    }

    [TestMethod]
    public void CsvStartsWithABomAndHasTheQuotesWithLocatorsAndPseudonyms()
    {
        Run("export", "quotes", "--theme", "resistance", "--output", _temp.PathOf("resistance.csv"));

        var bytes = File.ReadAllBytes(_temp.PathOf("resistance.csv"));
        CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var table = ParsedTable.FromCsv(new UTF8Encoding(false).GetString(bytes[3..]));
        var rows = table.Rows.Select(r => table.Header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
        Assert.HasCount(75, rows);
        var notebook = rows.Single(r => r["quote"].EndsWith(Notebook, StringComparison.Ordinal));
        Assert.AreEqual((NotebookCitation, "fr01-ines", "89", "resistance", "luis", "Inès", "Mission Locale A", "[commune]", "fr"),
            (notebook["citation"], notebook["transcript"], notebook["lines"], notebook["theme"], notebook["coder"], notebook["pseudonym"], notebook["organisation"], notebook["commune"], notebook["lang"]));
        var fatima = rows.First(r => r["citation"] == FatimaCitation);
        Assert.AreEqual(("00:17:31", "union-delegate", "Fatima", "participant"), (fatima["time"], fatima["role"], fatima["speaker"], fatima["speaker role"]));
        Assert.IsTrue(rows.Any(r => r["quote"].Contains("ó", StringComparison.Ordinal)), "Spanish accents survive");
    }

    private static CliRun Run(params string[] args)
    {
        var run = CliRun.Of(["--project", _temp.Project, .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }
}
