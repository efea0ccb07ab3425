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
    public void Ecole_finds_l_ecole_with_either_apostrophe() => Finds("ecole", "fr01-nadia#0", "fr01-nadia#1");

    [TestMethod]
    public void Educacion_finds_educacion_with_its_accent() => Finds("educacion", "es01-lucia#0");

    [TestMethod]
    public void Cifras_finds_cifra() => Finds("cifra", "es01-lucia#1");

    [TestMethod]
    public void Resister_finds_resiste_resistance_and_resistances() =>
        Finds("résister", "fr01-nadia#3", "fr02-bernard#0", "fr02-bernard#1");

    [TestMethod]
    public void Phrase_with_a_stop_word_inside() => Finds("\"tableau de bord\"", "fr01-nadia#2");

    [TestMethod]
    public void Proximity_finds_words_a_few_words_apart()
    {
        Finds("\"chiffres pression\"~5", "fr01-nadia#2");
        Finds("\"chiffres pression\"");
    }

    [TestMethod]
    public void Wildcards_are_folded_like_words()
    {
        Finds("anonym*", "fr01-nadia#1");
        Finds("ANONYM*", "fr01-nadia#1");
        Finds("écol*", "fr01-nadia#0", "fr01-nadia#1");
        Finds("pre?ion", "es01-lucia#1");
    }

    [TestMethod]
    public void Fuzzy_forgives_a_misspelling() => Finds("anonimiser~", "fr01-nadia#1");

    [TestMethod]
    public void And_or_not_and_grouping()
    {
        Finds("cifras OR chiffres", "es01-lucia#1", "fr01-nadia#2", "fr02-bernard#1");
        Finds("chiffres AND pression", "fr01-nadia#2");
        Finds("chiffres NOT pression", "fr02-bernard#1");
        Finds("(cifras OR chiffres) AND lang:es", "es01-lucia#1");
        Finds("+chiffres -speaker:bernard", "fr01-nadia#2");
    }
}
