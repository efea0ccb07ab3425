using System.Text;
using Codebook.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Cli.Tests.Export;

/// <summary>An interview of two people and a third who joins in (Lucie's mother, Adèle), with a front matter, bold
/// labels, timestamps, a heading and a note: every export credits each quote to who spoke, with the lines of the
/// imported file, the spoken words only, and no empty citation part.</summary>
[TestClass]
public sealed class SpeakerQuotesTests
{
    // Nine lines of front matter: the text's line 1 is the file's line 10.
    private const string Interview = """
        ---
        id: fr07-lucie
        title: Entretien 7
        language: fr
        date: 2019-03-12
        case:
          id: lucie
          name: Lucie
        ---
        # Entretien 7

        **ENQ :** Et le tableau, vous le remplissez quand ?

        [00:01:02] **LUCIE :** Le soir, toujours le soir. On code chaque appel.
        Même les appels qui ne donnent rien.

        [00:01:40] **ADÈLE :** Elle rentre à neuf heures. C'est pour les chiffres.

        **ENQ :** Et vous, vous faites comment ?

        [00:02:05] **LUCIE :** Moi je ferme la porte quand le quota est atteint.

        """;

    private static TempFolder _temp = null!;

    [ClassInitialize]
    public static void ImportAndCode(TestContext _)
    {
        _temp = new TempFolder();
        CliRun.Of("init", _temp.Project);
        _temp.Write("fr07-lucie.md", Interview.Replace("\r\n", "\n", StringComparison.Ordinal));
        Run("import", _temp.PathOf("fr07-lucie.md"));
        ProjectSeed.AddThemes(_temp.Project, "chiffres");
        Run("code", "fr07-lucie", "--theme", "chiffres", "--lines", "14-15");   // Lucie, label and timestamp included
        Run("code", "fr07-lucie", "--theme", "chiffres", "--lines", "17");     // Adèle
        Run("code", "fr07-lucie", "--theme", "chiffres", "--lines", "19-21"); // the question and Lucie's answer
    }

    [ClassCleanup]
    public static void Remove() => _temp.Dispose();

    [TestMethod]
    public void CsvCreditsEachQuoteToItsSpeakerWithTheFilesLines()
    {
        Run("export", "quotes", "--theme", "chiffres", "--output", _temp.PathOf("q.csv"));

        var table = ParsedTable.FromCsv(new UTF8Encoding(false).GetString(File.ReadAllBytes(_temp.PathOf("q.csv"))[3..]));
        var rows = table.Rows.Select(r => table.Header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
        var cited = rows.Select(r => (r["speaker"], r["speaker role"], r["lines"], r["time"], r["citation"])).ToList();
        CollectionAssert.AreEqual(new[]
        {
            ("LUCIE", "participant", "14-15", "00:01:02", "LUCIE, fr07-lucie, l. 14-15, 00:01:02"),
            ("ADÈLE", "participant", "17", "00:01:40", "ADÈLE, Lucie, fr07-lucie, l. 17, 00:01:40"),
            ("ENQ / LUCIE", "interviewer / participant", "19-21", "", "ENQ / LUCIE, fr07-lucie, l. 19-21"),
        }, cited);
        Assert.AreEqual("Le soir, toujours le soir. On code chaque appel.\nMême les appels qui ne donnent rien.", rows[0]["quote"]);
        Assert.AreEqual("Elle rentre à neuf heures. C'est pour les chiffres.", rows[1]["quote"]);
        Assert.AreEqual("ENQ: Et vous, vous faites comment ?\n\nLUCIE: Moi je ferme la porte quand le quota est atteint.", rows[2]["quote"]);
        Assert.IsTrue(rows.All(r => r["case"] == "Lucie" && r["transcript"] == "fr07-lucie" && r["date"] == "2019-03-12"));
    }

    [TestMethod]
    public void MarkdownHasTheSpokenWordsAndOneAttributedParagraphPerSpeaker()
    {
        Run("export", "quotes", "--theme", "chiffres", "--output", _temp.PathOf("q.md"));

        var text = File.ReadAllText(_temp.PathOf("q.md"));
        StringAssert.Contains(text, "> Le soir, toujours le soir. On code chaque appel.\n> Même les appels qui ne donnent rien.\n:::\n\n(LUCIE, fr07-lucie, l. 14-15, 00:01:02)");
        StringAssert.Contains(text, "> Elle rentre à neuf heures. C'est pour les chiffres.\n:::\n\n(ADÈLE, Lucie, fr07-lucie, l. 17, 00:01:40)");
        StringAssert.Contains(text, "> ENQ: Et vous, vous faites comment ?\n>\n> LUCIE: Moi je ferme la porte quand le quota est atteint.\n:::\n\n(ENQ / LUCIE, fr07-lucie, l. 19-21)");
        AssertNoLabelsOrEmptyParts(text.Split('\n').Where(l => l.StartsWith('>') || l.StartsWith('(')));
    }

    [TestMethod]
    public void WordSetsEachQuoteInTheQuoteStyleWithItsCitationAfter()
    {
        Run("export", "quotes", "--theme", "chiffres", "--output", _temp.PathOf("q.docx"));

        using var document = WordprocessingDocument.Open(_temp.PathOf("q.docx"), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).Skip(1).ToList();
        CollectionAssert.AreEqual(new[]
        {
            ("Quote", "Le soir, toujours le soir. On code chaque appel."),
            ("Quote", "Même les appels qui ne donnent rien."),
            ("Citation", "(LUCIE, fr07-lucie, l. 14-15, 00:01:02)"),
            ("Quote", "Elle rentre à neuf heures. C'est pour les chiffres."),
            ("Citation", "(ADÈLE, Lucie, fr07-lucie, l. 17, 00:01:40)"),
            ("Quote", "ENQ: Et vous, vous faites comment ?"),
            ("Quote", "LUCIE: Moi je ferme la porte quand le quota est atteint."),
            ("Citation", "(ENQ / LUCIE, fr07-lucie, l. 19-21)"),
        }, paragraphs);
        var speakers = document.MainDocumentPart.Document.Body.Descendants<Run>()
            .Where(r => r.RunProperties?.RunStyle?.Val?.Value == "Speaker").Select(r => r.InnerText).ToList();
        CollectionAssert.AreEqual(new[] { "ENQ: ", "LUCIE: " }, speakers);
    }

    [TestMethod]
    public void ATemplateIsCheckedBeforeAnythingIsWrittenAndTrimmingIsSaid()
    {
        var unknown = CliRun.Of("--project", _temp.Project, "export", "quotes", "--theme", "chiffres", "--template", "{speaker} {gender}", "-o", _temp.PathOf("t.md"));
        Assert.AreEqual(2, unknown.ExitCode);
        StringAssert.Contains(unknown.Error, "unknown placeholder {gender}");
        StringAssert.Contains(unknown.Error, "{speakerRole}");
        Assert.IsFalse(File.Exists(_temp.PathOf("t.md")));

        var run = Run("export", "quotes", "--theme", "chiffres", "--template", "{speaker} ({speakerRole}; {time})", "--trim", "4", "-o", _temp.PathOf("t.md"));
        var text = File.ReadAllText(_temp.PathOf("t.md"));
        StringAssert.Contains(text, "> Le soir, toujours le soir. \\[…\\]\n:::");
        StringAssert.Contains(text, "(ENQ / LUCIE (interviewer / participant))");
        StringAssert.Contains(text, "1 quote shortened to about 4 words");
        StringAssert.Contains(run.Out, "1 quote shortened with […]");
    }

    private static void AssertNoLabelsOrEmptyParts(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var bad in new[] { "[00:", "\\[00", "**", "\\*", "ENQ :", "LUCIE :", ", ,", ",,", "()", "( ", " )", ", )", "(, " })
            {
                Assert.IsFalse(line.Contains(bad, StringComparison.Ordinal), $"'{bad}' in: {line}");
            }
        }
    }

    private static CliRun Run(params string[] args)
    {
        var run = CliRun.Of(["--project", _temp.Project, .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }
}
