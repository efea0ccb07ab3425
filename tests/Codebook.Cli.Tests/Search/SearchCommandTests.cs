using System.Text.Json;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Search;

[TestClass]
public sealed class SearchCommandTests
{
    private TempFolder _study = null!;

    [TestInitialize]
    public void CopyStudy() => _study = SearchStudy.Copy();

    [TestCleanup]
    public void DeleteCopy() => _study.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _study.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private List<JsonElement> Hits(string query) =>
        Ok("search", query, "--limit", "1000", "--json").Json().GetProperty("hits").EnumerateArray().ToList();

    /// <summary>The words a query marked, as the transcripts write them.</summary>
    private HashSet<string> MarkedWords(string query) => Hits(query)
        .SelectMany(h => h.GetProperty("context").GetProperty("marks").EnumerateArray()
            .Select(m => h.GetProperty("context").GetProperty("text").GetString()![m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>"transcript l.LINE" of each passage found, sorted.</summary>
    private string[] Places(string query) =>
        Hits(query).Select(h => $"{h.GetProperty("transcript").GetString()} l.{h.GetProperty("line").GetInt32()}").Order(StringComparer.Ordinal).ToArray();

    [TestMethod]
    public void EcoleFindsLEcoleWithEitherApostrophe()
    {
        var words = MarkedWords("ecole");

        CollectionAssert.IsSubsetOf(new[] { "l'école", "L’école", "l’école" }, words.ToList(), string.Join(", ", words));
    }

    [TestMethod]
    public void EducacionFindsEducacionWithItsAccent() =>
        CollectionAssert.AreEquivalent(new[] { "educación" }, MarkedWords("educacion").Select(w => w.ToLowerInvariant()).Distinct().ToList());

    [TestMethod]
    public void ResistanceFindsResisterAndResistantesThroughTheFrenchStem()
    {
        var words = MarkedWords("résistance");

        CollectionAssert.IsSubsetOf(new[] { "résistance", "résistantes", "résister" }, words.ToList(), string.Join(", ", words));
    }

    [TestMethod]
    public void AThemeQueryFindsThePassagesCodedWithItsSubThemes()
    {
        // anonymising-cvs and circumventing-rules are sub-themes of resistance; nothing is coded resistance itself.
        var found = Hits("theme:resistance").Select(h => h.GetProperty("transcript").GetString()).Order(StringComparer.Ordinal).ToArray();

        CollectionAssert.AreEqual(new[] { "fr01-nadia", "fr03-fatima" }, found);
    }

    [TestMethod]
    public void TextThemeSpeakerRoleAndCaseAttributeTogetherFindExactlyTheExpectedPassages()
    {
        // Left out: es14-carmen's cifras (coded malaise), es98-marta's question (an interviewer),
        // es99-pablo's cifras (territory south-east), es12-lucia's uncoded cifras.
        var found = Places("cifras AND theme:quantification AND role:participant AND territory:croissant");

        CollectionAssert.AreEqual(new[] { "es12-lucia l.51", "es12-lucia l.71" }, found); // the file's lines, front matter counted
    }

    [TestMethod]
    public void LinesShowWhereAndWhoWithTheMatchedWordsInBracketsAndACount()
    {
        var run = Ok("search", "anonymiser AND speaker:nadia");

        Assert.AreEqual("fr01-nadia l.91 (nadia) NADIA: …appelé. Alors on a commencé à [anonymiser] les CV. On enlève le nom,…\n1 passage found.\n", run.Out);
        Assert.AreEqual("", run.Error);
    }

    [TestMethod]
    public void TheLimitShowsTheBestAndSaysHowManyWereFound()
    {
        var run = Ok("search", "cifras", "--limit", "2");

        Assert.HasCount(3, run.Out.TrimEnd('\n').Split('\n'));
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"\n\d+ passages found, the best 2 shown \(--limit N for more\)\.\n$"));
    }

    [TestMethod]
    public void JsonGivesOffsetsIntoTheTranscript()
    {
        var hit = Hits("anonymiser AND speaker:nadia").Single();
        var text = StudyStore.Text(_study.Project, "fr01-nadia");
        var match = hit.GetProperty("matches").EnumerateArray().Single();

        Assert.AreEqual("anonymiser", text[match.GetProperty("start").GetInt32()..match.GetProperty("end").GetInt32()]);
        StringAssert.StartsWith(text[hit.GetProperty("start").GetInt32()..hit.GetProperty("end").GetInt32()], "Certains, oui.");
        Assert.AreEqual("participant", hit.GetProperty("role").GetString());
        Assert.AreEqual("nadia", hit.GetProperty("case").GetString());
    }

    [TestMethod]
    public void ASyntaxErrorSaysWhereAndWhyAndExits2()
    {
        var run = Run("search", "theme:resistance AND (chiffres");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("", run.Out);
        StringAssert.StartsWith(run.Error, "error: query, column 31: cannot read the query: the query ends too early");
        Assert.DoesNotContain(" at Codebook", run.Error);
    }
}
