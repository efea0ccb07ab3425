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
    public void All_seventeen_interviews_are_indexed() => Assert.AreEqual(17, TranscriptsFound("lang:fr OR lang:es").Length);

    [TestMethod]
    public void Ecole_finds_every_interview_that_says_ecole()
    {
        var expected = TranscriptsMatching(@"\bécoles?\b");

        Assert.IsGreaterThanOrEqualTo(4, expected.Length);
        CollectionAssert.AreEqual(expected, TranscriptsFound("ecole"));
    }

    [TestMethod]
    public void Resistance_finds_resistantes_through_the_stem() =>
        CollectionAssert.AreEqual(TranscriptsMatching(@"\brésist\w*"), TranscriptsFound("résistance"));

    [TestMethod]
    public void Cifras_finds_the_spanish_interviews_that_speak_of_figures() =>
        CollectionAssert.AreEqual(TranscriptsMatching(@"\bcifras?\b"), TranscriptsFound("cifras"));

    [TestMethod]
    public void Text_speaker_role_and_case_attributes_combined()
    {
        var hits = Index.Search("cifras AND role:participant AND attr.role:frontline-worker AND territory:croissant", 100);

        Assert.IsNotEmpty(hits);
        Assert.IsTrue(hits.All(h => h.TranscriptId == "es12-lucia" && h.Role == SpeakerRole.Participant), string.Join(", ", hits.Select(h => h.TranscriptId)));
        Assert.IsTrue(hits.All(h => h.Context.Render().Contains("[cifras]", StringComparison.OrdinalIgnoreCase)));
    }

    [TestMethod]
    public void Attribute_values_with_spaces_and_hyphenated_names()
    {
        CollectionAssert.Contains(TranscriptsFound("organisation:\"mission locale du canal\""), "fr01-nadia");
        CollectionAssert.Contains(TranscriptsFound("attr.age-band:35-44"), "fr01-nadia");
    }
}
