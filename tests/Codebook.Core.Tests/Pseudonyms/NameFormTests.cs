using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;

namespace Codebook.Core.Tests.Pseudonyms;

/// <summary>Every written form of a listed name is replaced, by the pseudonym in the same form.</summary>
[TestClass]
public sealed class NameFormTests
{
    private static readonly Pseudonymiser Table = new(
    [
        new Pseudonym { RealName = "Didier Pujade", Replacement = "Paul Martin", Initials = "DP" },
        new Pseudonym { RealName = "Didier", Replacement = "Paul" },
        new Pseudonym { RealName = "Anne", Replacement = "Inès" },
    ]);

    [TestMethod]
    [DataRow("Entretien Didier Pujade.txt", "Entretien Paul Martin.txt")]
    [DataRow("entretien-didier-pujade", "entretien-paul-martin")]
    [DataRow("cfpp-Didier-Pujade", "cfpp-Paul-Martin")]
    [DataRow("DIDIER_PUJADE_2019", "PAUL_MARTIN_2019")]
    [DataRow("didierpujade.md", "paulmartin.md")]
    [DataRow("DIDIER PUJADE : oui", "PAUL MARTIN : oui")]
    [DataRow("Pour Didier, c'est dur.", "Pour Paul, c'est dur.")]
    [DataRow("le bureau d'Anne, l’avis d’Anne", "le bureau d'Inès, l’avis d’Inès")]
    [DataRow("Anne's notes", "Inès's notes")]
    [DataRow("entretien-anne", "entretien-ines")]
    [DataRow("D.P. et DP, D. P.", "P.M. et PM, P. M.")]
    [DataRow("DPAE, un sigle", "DPAE, un sigle")]
    [DataRow("Didier\nPujade", "Paul\nPujade")]
    public void ANameIsReplacedInTheFormItIsWritten(string text, string expected)
    {
        Assert.AreEqual(expected, Table.Apply(text).Text);
    }

    [TestMethod]
    public void OffsetsMoveWithTheReplacements()
    {
        var result = Table.Apply("Didier Pujade dit : Anne vient.");

        Assert.AreEqual("Paul Martin dit : Inès vient.", result.Text);
        Assert.AreEqual(0, result.Position(0));
        Assert.AreEqual("Paul Martin".Length, result.Position("Didier Pujade".Length, end: true));
        Assert.AreEqual(result.Text.IndexOf("dit", StringComparison.Ordinal), result.Position("Didier Pujade ".Length));
        Assert.AreEqual(result.Text.Length, result.Position("Didier Pujade dit : Anne vient.".Length));
        // Inside a name: to the pseudonym's start, or its end for the end of a span.
        Assert.AreEqual(0, result.Position(3));
        Assert.AreEqual("Paul Martin".Length, result.Position(3, end: true));
    }

    [TestMethod]
    public void TheLastScanFindsEveryFormOutsideThePseudonyms()
    {
        var found = RealNameScan.Find(Table,
        [
            ("q.md, line 3", "(Paul Martin, entretien-paul-martin, l. 2)"),
            ("q.md, line 5", "ENTRETIEN_DIDIER_PUJADE et Didier"),
            ("q.docx: word/document.xml, paragraph 2", "signé D.P."),
        ]);

        CollectionAssert.AreEqual(
            new[] { "q.md, line 5: 'DIDIER_PUJADE' (Didier Pujade)", "q.md, line 5: 'Didier' (Didier)", "q.docx: word/document.xml, paragraph 2: 'D.P.' (Didier Pujade)" },
            found.Select(f => f.ToString()).ToArray());
    }
}
