using Codebook.Search.Tests.Support;

namespace Codebook.Search.Tests.Hits;

[TestClass]
public sealed class KeywordInContextTests
{
    private static IndexFixture study = null!;

    [ClassInitialize]
    public static void Open(TestContext _) => study = new IndexFixture();

    [ClassCleanup]
    public static void Close() => study.Dispose();

    [TestMethod]
    public void AHitShowsTheWordInContextWithItsLineSpeakerAndOffsets()
    {
        var hit = study.Index.Search("anonym*", 10).Single();

        Assert.AreEqual("…gens. Maintenant on a commencé à [anonymiser] les CV pour les protéger.", hit.Context.Render());
        Assert.AreEqual("NADIA", hit.Speaker);
        Assert.AreEqual("nadia", hit.CaseId);
        Assert.AreEqual(3, hit.Line);
        Assert.AreEqual("anonymiser", SmallStudy.Nadia.Text[hit.Matches[0].Start..hit.Matches[0].End]);
        Assert.AreEqual(SmallStudy.Nadia.Turns[1].Words, hit.Span);
    }

    [TestMethod]
    public void WordsFoundByTheirStemAreMarked()
    {
        var hit = study.Index.Search("résister AND speaker:nadia", 10).Single();

        Assert.AreEqual("Moi j'ai [résisté], c'est une forme de [résistance].", hit.Context.Render());
    }

    [TestMethod]
    public void APhraseMarksItsWordsOnlyWhereThePhraseIs()
    {
        var hit = study.Index.Search("\"la pression\"", 10).Single();

        Assert.AreEqual("Les chiffres, toujours les chiffres, [la pression] du tableau de bord.", hit.Context.Render());
    }

    [TestMethod]
    public void AQueryWithoutWordsShowsTheStartOfThePassage()
    {
        var hit = study.Index.Search("theme:closing-doors", 10).Single();

        Assert.AreEqual(0, hit.Matches.Count);
        Assert.AreEqual("Cerramos la puerta cuando llegamos a la cuota.", hit.Context.Render());
        Assert.AreEqual(5, hit.Line);
    }
}
