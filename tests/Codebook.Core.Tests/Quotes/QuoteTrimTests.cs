using Codebook.Core.Quotes;

namespace Codebook.Core.Tests.Quotes;

[TestClass]
public sealed class QuoteTrimTests
{
    private const string Long =
        "On code tout. Chaque appel, chaque rendez-vous, chaque mail part dans le tableau du soir. " +
        "Le lundi, la coordinatrice compare les chiffres de chacun. Moi je suis toujours en bas de la liste. " +
        "Alors je ferme la porte quand le quota est atteint.";

    [TestMethod]
    public void ALongQuoteKeepsItsFirstAndLastSentencesWithAMarkWhereWordsWereLeftOut()
    {
        var (text, trimmed) = QuoteTrim.Shorten(Long, 20);

        Assert.IsTrue(trimmed);
        Assert.AreEqual("On code tout. […] Alors je ferme la porte quand le quota est atteint.", text);
    }

    [TestMethod]
    public void AShortQuoteOrOneOfTwoSentencesIsLeftWhole()
    {
        Assert.AreEqual((Long, false), QuoteTrim.Shorten(Long, 200));
        Assert.IsFalse(QuoteTrim.Shorten("Une phrase très longue, qui n'en finit pas, sans point. Et une autre.", 3).Trimmed);
    }
}
