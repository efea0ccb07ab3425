using System.Text;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Formats.Codebooks;
using Codebook.Testing;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>Codebooks as CSV: Taguette's export reads, a nested path makes a sub-theme, ours has Taguette's columns
/// first and comes back the same, and a bad file is an error naming its line.</summary>
[TestClass]
public sealed class CodebookCsvTests
{
    [TestMethod]
    public void TaguettesOwnExportReads()
    {
        var themes = CodebookCsvReader.Read(Repository.Data("codebooks", "taguette-export.csv"));

        CollectionAssert.AreEqual(new[] { "interesting||interesting|Further review required", "people||people|People of interest", "interesting-places||interesting\\places|" },
            themes.Select(t => $"{t.Id}|{t.ParentId}|{t.Label}|{t.Definition}").ToArray());
    }

    [TestMethod]
    public void ANestedPathMakesASubThemeAndItsParentWhenNoRowNamesIt()
    {
        var csv = "tag,description\r\nRésistance/Contourner les règles,\"Ruses, « petits arrangements »\"\r\nRésistance/Fermer les portes,\r\nPerte de sens,Malaise\r\n";

        var themes = CodebookCsvReader.Parse(Encoding.UTF8.GetBytes(csv), "taguette.csv");

        CollectionAssert.AreEqual(new[]
        {
            "resistance||Résistance|", "contourner-les-regles|resistance|Contourner les règles|Ruses, « petits arrangements »",
            "fermer-les-portes|resistance|Fermer les portes|", "perte-de-sens||Perte de sens|Malaise",
        }, themes.Select(t => $"{t.Id}|{t.ParentId}|{t.Label}|{t.Definition}").ToArray());
    }

    [TestMethod]
    public void OursHasTaguettesColumnsFirstAndComesBackTheSame()
    {
        var themes = new List<Theme>
        {
            new() { Id = "resistance", Label = "Resistance / room", Color = "#922B21", Key = "r", Definition = "Ways of keeping control.\n\nTwo paragraphs.", Labels = { ["fr"] = "Résistance", ["es"] = "Resistencia" }, Include = ["strikes", "quiet refusals"], Exclude = ["complaints"] },
            new() { Id = "closing-doors", Label = "Closing the doors", ParentId = "resistance", Examples = ["« On ferme. »"] },
        };
        var stream = new MemoryStream();

        CodebookCsvWriter.Write(stream, themes);

        var text = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
        StringAssert.StartsWith(text, "tag,description,");
        StringAssert.Contains(text, "Resistance / room/Closing the doors");
        var read = CodebookCsvReader.Parse(stream.ToArray(), "ours.csv");
        CollectionAssert.AreEqual(themes.Select(Outline).ToList(), read.Select(Outline).ToList());
    }

    [TestMethod]
    [DataRow("name,description\nx,y\ntag,\n", "")]
    [DataRow("label,description\nx,y\n", "taguette.csv:1")]
    [DataRow("tag,description\nx,y\n,z\n", "taguette.csv:3")]
    [DataRow("tag,description\nx,y\nx,z\n", "taguette.csv:3")]
    [DataRow("tag,color\nx,red\n", "taguette.csv:2")]
    [DataRow("tag,description\n\"x,y\n", "taguette.csv")]
    public void ABadFileIsAnErrorNamingWhere(string csv, string where)
    {
        if (where.Length == 0)
        {
            // "name" is Taguette's other name for the tag column: this file is fine.
            Assert.HasCount(2, CodebookCsvReader.Parse(Encoding.UTF8.GetBytes(csv), "taguette.csv"));
            return;
        }

        var error = Assert.ThrowsExactly<CodebookException>(() => CodebookCsvReader.Parse(Encoding.UTF8.GetBytes(csv), "taguette.csv"));

        Assert.AreEqual(ErrorCode.BadCodebook, error.Code);
        Assert.AreEqual(where, error.Where);
        Assert.IsNotNull(error.Hint);
    }

    private static string Outline(Theme t) =>
        $"{t.Id}|{t.ParentId}|{t.Label}|{t.Color}|{t.Key}|{t.Definition}|{string.Join(';', t.Labels.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"))}|{string.Join(';', t.Include)}|{string.Join(';', t.Exclude)}|{string.Join(';', t.Examples)}|{t.Order}";
}
