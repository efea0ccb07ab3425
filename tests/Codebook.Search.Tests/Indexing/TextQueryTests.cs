using Codebook.Search.Tests.Support;

namespace Codebook.Search.Tests.Indexing;

[TestClass]
public sealed class TextQueryTests
{
    private static IndexFixture study = null!;

    [ClassInitialize]
    public static void Open(TestContext _) => study = new IndexFixture();

    [ClassCleanup]
    public static void Close() => study.Dispose();

    private static void Finds(string query, params string[] passages) =>
        CollectionAssert.AreEqual(passages, study.Find(query), $"{query} found [{string.Join(", ", study.Find(query))}]");

    [TestMethod]
    public void EcoleFindsLEcoleWithEitherApostrophe() => Finds("ecole", "fr01-nadia#0", "fr01-nadia#1");

    [TestMethod]
    public void EducacionFindsEducacionWithItsAccent() => Finds("educacion", "es01-lucia#0");

    [TestMethod]
    public void CifrasFindsCifra() => Finds("cifra", "es01-lucia#1");

    [TestMethod]
    public void ResisterFindsResisteResistanceAndResistances() =>
        Finds("résister", "fr01-nadia#3", "fr02-bernard#0", "fr02-bernard#1");

    [TestMethod]
    public void PhraseWithAStopWordInside() => Finds("\"tableau de bord\"", "fr01-nadia#2");

    [TestMethod]
    public void ProximityFindsWordsAFewWordsApart()
    {
        Finds("\"chiffres pression\"~5", "fr01-nadia#2");
        Finds("\"chiffres pression\"");
    }

    [TestMethod]
    public void WildcardsAreFoldedLikeWords()
    {
        Finds("anonym*", "fr01-nadia#1");
        Finds("ANONYM*", "fr01-nadia#1");
        Finds("écol*", "fr01-nadia#0", "fr01-nadia#1");
        Finds("pre?ion", "es01-lucia#1");
    }

    [TestMethod]
    public void FuzzyForgivesAMisspelling() => Finds("anonimiser~", "fr01-nadia#1");

    [TestMethod]
    public void AndOrNotAndGrouping()
    {
        Finds("cifras OR chiffres", "es01-lucia#1", "fr01-nadia#2", "fr02-bernard#1");
        Finds("chiffres AND pression", "fr01-nadia#2");
        Finds("chiffres NOT pression", "fr02-bernard#1");
        Finds("(cifras OR chiffres) AND lang:es", "es01-lucia#1");
        Finds("+chiffres -speaker:bernard", "fr01-nadia#2");
    }
}
