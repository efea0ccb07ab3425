using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;

namespace Codebook.Core.Tests.Pseudonyms;

[TestClass]
public sealed class PseudonymiserTests
{
    private static readonly Pseudonymiser Table = new(
    [
        new Pseudonym { RealName = "Lucía", Replacement = "Marta" },
        new Pseudonym { RealName = "Canal", Replacement = "Rivière", Kind = PseudonymKind.Place },
        new Pseudonym { RealName = "Mission Locale du Canal", Replacement = "Mission Locale A", Kind = PseudonymKind.Organisation },
        new Pseudonym { RealName = "Anderlecht", Replacement = "[commune]", Kind = PseudonymKind.Place },
    ]);

    [TestMethod]
    public void ReplacesWholeWordsWhateverTheirCaseAndAccents()
    {
        var result = Table.Apply("Lucia dit à lucía : LUCÍA, viens !");

        Assert.AreEqual("Marta dit à Marta : MARTA, viens !", result.Text);
        Assert.AreEqual(3, result.Replacements);
    }

    [TestMethod]
    public void TheLongestNameWinsOverTheNamesInsideIt()
    {
        var result = Table.Apply("À la Mission Locale du Canal, près du canal.");

        Assert.AreEqual("À la Mission Locale A, près du Rivière.", result.Text);
    }

    [TestMethod]
    public void FrenchElisionAndPunctuationAreWordBoundaries()
    {
        Assert.AreEqual("l’équipe d’[commune] («[commune]»)", Table.Apply("l’équipe d’Anderlecht («Anderlecht»)").Text);
    }

    [TestMethod]
    public void ANameInsideAnotherWordIsLeftButFoundByTheCheck()
    {
        var result = Table.Apply("Les Anderlechtois et la canalisation.");

        Assert.AreEqual("Les Anderlechtois et la canalisation.", result.Text);
        Assert.AreEqual(0, result.Replacements);
        CollectionAssert.AreEquivalent(new[] { "Anderlecht", "Canal" }, Table.RealNamesLeftIn(result).ToArray());
    }

    [TestMethod]
    public void APseudonymHoldingTheRealNameIsNotALeak()
    {
        var table = new Pseudonymiser([new Pseudonym { RealName = "Anne", Replacement = "Anne-Marie" }]);

        var result = table.Apply("Anne est partie.");

        Assert.AreEqual("Anne-Marie est partie.", result.Text);
        Assert.AreEqual(0, table.RealNamesLeftIn(result).Count);
    }

    [TestMethod]
    public void TextWithoutNamesIsUnchanged()
    {
        var result = Table.Apply("Rien à cacher ici.");

        Assert.AreEqual(("Rien à cacher ici.", 0), (result.Text, result.Replacements));
    }
}
