using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Tests.Text;

[TestClass]
public sealed class FoldingTests
{
    [TestMethod]
    [DataRow("Évaluación", "Evaluacion")]
    [DataRow("E\u0301valuacio\u0301n", "Evaluacion")] // decomposed
    [DataRow("Enquêteur", "Enqueteur")]
    [DataRow("aujourd’hui", "aujourd’hui")]
    [DataRow("œuvre", "œuvre")] // a ligature is a letter, not an accent
    public void RemovingAccentsKeepsCaseAndEverythingElse(string text, string expected) =>
        Assert.AreEqual(expected, Folding.RemoveAccents(text));

    [TestMethod]
    [DataRow("Enquêteur  1", "ENQUETEUR 1")]
    [DataRow("enque\u0302teur\u00A01", "ENQUETEUR 1")]
    [DataRow(" Mme\tGarcía ", "MME GARCIA")]
    public void ALabelKeyIgnoresCaseAccentsAndSpacing(string label, string key) => Assert.AreEqual(key, Folding.LabelKey(label));

    [TestMethod]
    public void ANameKeyIsTheSameForEverySpellingOfAName()
    {
        var key = Folding.NameKey("Lucía");
        Assert.AreEqual("lucia", key);
        Assert.AreEqual(key, Folding.NameKey(" LUCÍA "));
        Assert.AreEqual(key, Folding.NameKey("Luci\u0301a"), "decomposed: composed before folding");
        Assert.AreEqual(Folding.NameKey("D'Angelo"), Folding.NameKey("d’Angelo"), "apostrophe style");
    }

    [TestMethod]
    public void FoldingUnitForUnitKeepsEveryOffset()
    {
        const string text = "L’École\u00A0d'été, 2024 — «Évaluación»";
        var folded = Folding.UnitForUnit(text);
        Assert.AreEqual(text.Length, folded.Length);
        Assert.AreEqual("l'ecole d'ete, 2024 — «evaluacion»", folded);
    }

    [TestMethod]
    public void FoldingUnitForUnitLeavesADecomposedMarkInPlace()
    {
        // Removing the mark would shift every offset after it; composed text (as imported) has none.
        Assert.AreEqual("e\u0301te\u0301", Folding.UnitForUnit("E\u0301te\u0301"));
    }

    [TestMethod]
    [DataRow("Perte de sens", "perte-de-sens")]
    [DataRow("Évaluación  — 2ª ronda", "evaluacion-2a-ronda")]
    [DataRow("E\u0301valuacio\u0301n", "evaluacion")]
    [DataRow("L’œuvre d'été", "l-oeuvre-d-ete")]
    [DataRow("ﬁn²", "fin2")]
    public void ASlugIsFoldedToAsciiLetters(string text, string slug) => Assert.AreEqual(slug, Slug.From(text));
}
