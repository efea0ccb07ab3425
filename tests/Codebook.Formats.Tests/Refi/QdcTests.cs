using Codebook.Core.Model;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Refi;

namespace Codebook.Formats.Tests.Refi;

[TestClass]
public sealed class QdcTests
{
    private static readonly DateTime Created = new(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    [TestMethod]
    public void TheStudyCodebookExportsValidAndComesBackTheSame()
    {
        var themes = CodebookMarkdownReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "themes", "governance-by-numbers.md")), "governance-by-numbers.md");
        var qdc = new MemoryStream();
        QdcWriter.Write(qdc, themes, "study", Created);

        qdc.Position = 0;
        var errors = RefiData.SchemaErrors(qdc, "Codebook-mrt2019.xsd");
        CollectionAssert.AreEqual(Array.Empty<string>(), errors, string.Join("\n", errors));

        qdc.Position = 0;
        var (read, report) = QdcReader.Read(qdc, "study.qdc");
        Assert.IsEmpty(report.Notes);
        CollectionAssert.AreEquivalent(themes.Select(Outline).ToList(), read.Select(Outline).ToList());
    }

    [TestMethod]
    public void TwoExportsOfTheSameCodebookAreIdentical()
    {
        var themes = new List<Theme> { new() { Id = "resistance", Label = "Résistance", Color = "#922B21", Definition = "Refus." } };
        var first = new MemoryStream();
        var second = new MemoryStream();

        QdcWriter.Write(first, themes, "study", Created);
        QdcWriter.Write(second, themes, "study", Created);

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
