using System.Text;
using Codebook.Core.Model;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Refi;

namespace Codebook.Formats.Tests.Refi;

[TestClass]
public sealed class QdcTests
{

    [TestMethod]
    public void TheStudyCodebookExportsValidAndComesBackTheSameIntoAProjectThatHasIt()
    {
        var themes = StudyThemes();
        var qdc = new MemoryStream();
        QdcWriter.Write(qdc, themes);

        qdc.Position = 0;
        var errors = RefiData.SchemaErrors(qdc, "Codebook-mrt2019.xsd");
        CollectionAssert.AreEqual(Array.Empty<string>(), errors, string.Join("\n", errors));

        qdc.Position = 0;
        var (read, report) = QdcReader.Read(qdc, "study.qdc", known: themes);
        Assert.IsEmpty(report.Notes);
        CollectionAssert.AreEquivalent(themes.Select(Outline).ToList(), read.Select(Outline).ToList());
        Assert.IsTrue(read.All(t => t.Exchange is null), "our own codes need no GUID kept beside them");
    }

    [TestMethod]
    public void DescriptionsCarryNoIdAndAFreshProjectFindsTheIdsThatAreWordsOfTheirLabel()
    {
        var themes = StudyThemes();
        var qdc = new MemoryStream();
        QdcWriter.Write(qdc, themes);

        Assert.DoesNotContain("Codebook id", Encoding.UTF8.GetString(qdc.ToArray()));
        qdc.Position = 0;
        var (read, _) = QdcReader.Read(qdc, "study.qdc");

        // Every id of the study is some of its label's words but two ("uncounted-situations", "data-to-unemployment-office").
        var lost = themes.Zip(read).Where(p => p.First.Id != p.Second.Id).Select(p => p.First.Id).ToList();
        CollectionAssert.AreEquivalent(new[] { "data-to-unemployment-office", "uncounted-situations" }, lost);
        CollectionAssert.AreEqual(themes.Select(t => t.Label).ToList(), read.Select(t => t.Label).ToList());
    }

    private static IReadOnlyList<Theme> StudyThemes() =>
        new Codebook.Core.Themes.ThemeTree(CodebookMarkdownReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "themes", "governance-by-numbers.md")), "governance-by-numbers.md")).InOrder.Select(x => x.Theme).ToList();

    [TestMethod]
    public void TwoExportsOfTheSameCodebookAreIdentical()
    {
        var themes = new List<Theme> { new() { Id = "resistance", Label = "Résistance", Color = "#922B21", Definition = "Refus." } };
        var first = new MemoryStream();
        var second = new MemoryStream();

        QdcWriter.Write(first, themes);
        QdcWriter.Write(second, themes);

        CollectionAssert.AreEqual(first.ToArray(), second.ToArray());
    }

    [TestMethod]
    public void TheAtlasTiCodebookImportsAndItsCodeSetIsReported()
    {
        var (themes, report) = QdcReader.Read(RefiData.Sample("atlasti-23.4.0-valid.qdc"));

        var theme = themes.Single();
        Assert.AreEqual(("code1", "code1", "#46AA00", "description"), (theme.Id, theme.Label, theme.Color, theme.Definition));
        StringAssert.Contains(report.Notes.Single(), "code group 1");
    }

    private static string Outline(Theme t) =>
        $"{t.Id}|{t.ParentId}|{t.Label}|{t.Color}|{t.Order}|{t.Definition}|{string.Join(';', t.Include)}|{string.Join(';', t.Exclude)}|{string.Join(';', t.Examples)}";
}
