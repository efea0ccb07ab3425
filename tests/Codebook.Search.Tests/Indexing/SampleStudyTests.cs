using System.Text.RegularExpressions;
using Codebook.Core.Model;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;

namespace Codebook.Search.Tests.Indexing;

/// <summary>The 17 sample interviews, read by the real transcript reader and indexed on disk. Expected results
/// come from the texts themselves, by regular expression, not from the index.</summary>
[TestClass]
public sealed class SampleStudyTests
{
    private static SampleIndex sample = null!;

    private static PassageIndex Index => sample.Index;

    private static List<Transcript> Transcripts => sample.Transcripts;

    [ClassInitialize]
    public static void Open(TestContext _) => sample = new SampleIndex();

    [ClassCleanup]
    public static void Close() => sample.Dispose();

    private static string[] TranscriptsFound(string query) =>
        Index.Search(query, 100_000).Select(h => h.TranscriptId).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static string[] TranscriptsMatching(string pattern) =>
        Transcripts.Where(t => Regex.IsMatch(t.Text, pattern, RegexOptions.IgnoreCase)).Select(t => t.Id).Order(StringComparer.Ordinal).ToArray();

    [TestMethod]
    public void AllSeventeenInterviewsAreIndexed() => Assert.AreEqual(17, TranscriptsFound("lang:fr OR lang:es").Length);

    [TestMethod]
    public void EcoleFindsEveryInterviewThatSaysEcole()
    {
        var expected = TranscriptsMatching(@"\bécoles?\b");

        Assert.IsGreaterThanOrEqualTo(4, expected.Length);
        CollectionAssert.AreEqual(expected, TranscriptsFound("ecole"));
    }

    [TestMethod]
    public void ResistanceFindsResistantesThroughTheStem() =>
        CollectionAssert.AreEqual(TranscriptsMatching(@"\brésist\w*"), TranscriptsFound("résistance"));

    [TestMethod]
    public void CifrasFindsTheSpanishInterviewsThatSpeakOfFigures() =>
        CollectionAssert.AreEqual(TranscriptsMatching(@"\bcifras?\b"), TranscriptsFound("cifras"));

    [TestMethod]
    public void TextSpeakerRoleAndCaseAttributesCombined()
    {
        var hits = Index.Search("cifras AND role:participant AND attr.role:frontline-worker AND territory:croissant", 100);

        Assert.IsNotEmpty(hits);
        Assert.IsTrue(hits.All(h => h.TranscriptId == "es12-lucia" && h.Role == SpeakerRole.Participant), string.Join(", ", hits.Select(h => h.TranscriptId)));
        Assert.IsTrue(hits.All(h => h.Context.Render().Contains("[cifras]", StringComparison.OrdinalIgnoreCase)));
    }

    [TestMethod]
    public void AttributeValuesWithSpacesAndHyphenatedNames()
    {
        CollectionAssert.Contains(TranscriptsFound("organisation:\"mission locale du canal\""), "fr01-nadia");
        CollectionAssert.Contains(TranscriptsFound("attr.age-band:35-44"), "fr01-nadia");
    }
}
