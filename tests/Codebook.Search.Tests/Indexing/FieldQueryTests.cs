using Codebook.Search.Tests.Support;

namespace Codebook.Search.Tests.Indexing;

[TestClass]
public sealed class FieldQueryTests
{
    private static IndexFixture study = null!;

    [ClassInitialize]
    public static void Open(TestContext _) => study = new IndexFixture();

    [ClassCleanup]
    public static void Close() => study.Dispose();

    private static void Finds(string query, params string[] passages) =>
        CollectionAssert.AreEqual(passages, study.Find(query), $"{query} found [{string.Join(", ", study.Find(query))}]");

    [TestMethod]
    public void ThemeFindsPassagesCodedWithItsSubThemes()
    {
        Finds("theme:resistance", "es01-lucia#2", "fr01-nadia#1");
        Finds("theme:anonymising", "fr01-nadia#1");
    }

    [TestMethod]
    public void SpeakerIsMatchedWithoutCaseOrAccents() => Finds("speaker:lucia", "es01-lucia#1", "es01-lucia#2");

    [TestMethod]
    public void RoleIsTheSpeakersRoleInTheInterview() =>
        Finds("role:interviewer", "es01-lucia#0", "fr01-nadia#0", "fr02-bernard#0");

    [TestMethod]
    public void CaseLanguageTranscriptAndCoder()
    {
        Finds("case:bernard", "fr02-bernard#0", "fr02-bernard#1");
        Finds("lang:es", "es01-lucia#0", "es01-lucia#1", "es01-lucia#2");
        Finds("transcript:fr02-bernard", "fr02-bernard#0", "fr02-bernard#1");
        Finds("coder:ben", "es01-lucia#1", "es01-lucia#2");
    }

    [TestMethod]
    public void CaseAttributesByNameAndUnderAttrWhenTheNameIsTaken()
    {
        Finds("territory:south-east", "fr02-bernard#0", "fr02-bernard#1");
        Finds("attr.territory:South-East", "fr02-bernard#0", "fr02-bernard#1");
        Finds("attr.role:manager", "fr02-bernard#0", "fr02-bernard#1");
        Finds("role:manager");
    }

    [TestMethod]
    public void AttributeByItsBareNameWithPatternsPhrasesAndRanges()
    {
        Finds("territory:south*", "fr02-bernard#0", "fr02-bernard#1");
        Finds("territory:*east", "fr02-bernard#0", "fr02-bernard#1");
        Finds("territory:\"South-East\"", "fr02-bernard#0", "fr02-bernard#1");
        Finds("territory:[south TO southz]", "fr02-bernard#0", "fr02-bernard#1");
        Finds("territory:/south.*/", "fr02-bernard#0", "fr02-bernard#1");
        Finds("territory:south-eest~", "fr02-bernard#0", "fr02-bernard#1");
        Finds("attr.role:manag*", "fr02-bernard#0", "fr02-bernard#1");
        Finds("role:manag*");
    }

    [TestMethod]
    public void TextThemeSpeakerRoleAndAttributeCombined() =>
        Finds("(chiffres OR cifras) AND theme:pressure AND role:participant AND territory:croissant",
            "es01-lucia#1", "fr01-nadia#2");
}
