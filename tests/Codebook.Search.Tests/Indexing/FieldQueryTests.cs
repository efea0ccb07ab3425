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
    public void Theme_finds_passages_coded_with_its_sub_themes()
    {
        Finds("theme:resistance", "es01-lucia#2", "fr01-nadia#1");
        Finds("theme:anonymising", "fr01-nadia#1");
    }

    [TestMethod]
    public void Speaker_is_matched_without_case_or_accents() => Finds("speaker:lucia", "es01-lucia#1", "es01-lucia#2");

    [TestMethod]
    public void Role_is_the_speakers_role_in_the_interview() =>
        Finds("role:interviewer", "es01-lucia#0", "fr01-nadia#0", "fr02-bernard#0");

    [TestMethod]
    public void Case_language_transcript_and_coder()
    {
        Finds("case:bernard", "fr02-bernard#0", "fr02-bernard#1");
        Finds("lang:es", "es01-lucia#0", "es01-lucia#1", "es01-lucia#2");
        Finds("transcript:fr02-bernard", "fr02-bernard#0", "fr02-bernard#1");
        Finds("coder:ben", "es01-lucia#1", "es01-lucia#2");
    }

    [TestMethod]
    public void Case_attributes_by_name_and_under_attr_when_the_name_is_taken()
    {
        Finds("territory:south-east", "fr02-bernard#0", "fr02-bernard#1");
        Finds("attr.territory:South-East", "fr02-bernard#0", "fr02-bernard#1");
        Finds("attr.role:manager", "fr02-bernard#0", "fr02-bernard#1");
        Finds("role:manager");
    }

    [TestMethod]
    public void Attribute_by_its_bare_name_with_patterns_phrases_and_ranges()
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
    public void Text_theme_speaker_role_and_attribute_combined() =>
        Finds("(chiffres OR cifras) AND theme:pressure AND role:participant AND territory:croissant",
            "es01-lucia#1", "fr01-nadia#2");
}
