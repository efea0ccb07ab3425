using Codebook.Formats.Codings;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>The sample codings stay honest: every quote is found exactly, once, in the interview it names, with a
/// theme of the study's codebook. A transcript edited without its codings fails here.</summary>
[TestClass]
public sealed class SampleCodingsTests
{
    private static string[] SampleCodingFiles => Directory.GetFiles(Repository.Codings, "*.yaml").Order().ToArray();

    [TestMethod]
    public void EverySampleCodingAppliesOnExactlyItsQuote()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "import", Repository.Interviews).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "themes", "import", Repository.StudyCodebook).ExitCode);

        var import = CliRun.Of(["--project", temp.Project, "codings", "import", .. SampleCodingFiles]);

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        var coded = CliRun.Of("--project", temp.Project, "codings", "--json").Json().EnumerateArray()
            .Select(c => Key(c.GetProperty("transcript").GetString()!, c.GetProperty("theme").GetString()!, c.GetProperty("coder").GetString()!, c.GetProperty("text").GetString()!))
            .ToList();
        var entries = SampleCodingFiles.SelectMany(CodingFileReader.Read).ToList();
        // The coded text is the quote to the character: not a case- or accent-folded match, not widened to whole words.
        CollectionAssert.AreEquivalent(entries.Select(e => Key(e.TranscriptId, e.ThemeId, e.Coder!, e.Quote)).ToList(), coded);
    }

    [TestMethod]
    public void AnaCodesEveryInterviewAndLuisSixOfThemInBothLanguages()
    {
        var entries = SampleCodingFiles.SelectMany(CodingFileReader.Read).ToList();
        var transcripts = Directory.GetFiles(Repository.Interviews).Select(Path.GetFileNameWithoutExtension).Order().ToArray();

        CollectionAssert.AreEqual(transcripts, entries.Where(e => e.Coder == "ana").Select(e => e.TranscriptId).Distinct().Order().ToArray());
        CollectionAssert.AreEqual(new[] { "es12-lucia", "es14-carmen", "es16-rosa", "fr01-nadia", "fr05-sophie", "fr08-youssef" },
            entries.Where(e => e.Coder == "luis").Select(e => e.TranscriptId).Distinct().Order().ToArray());
        foreach (var perInterview in entries.GroupBy(e => (e.TranscriptId, e.Coder)))
        {
            Assert.IsGreaterThanOrEqualTo(8, perInterview.Count(), $"{perInterview.Key}: too few codings to be of use");
        }
    }

    [TestMethod]
    public void AnImportWithABadQuoteNamesFileAndLineAndChangesNothing()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        temp.Write("fr01.txt", "ENQ : Et alors ?\nNADIA : On encode le soir, après les rendez-vous.\n");
        CliRun.Of("--project", temp.Project, "import", temp.PathOf("fr01.txt"));
        ProjectSeed.AddThemes(temp.Project, "reporting-pressure");
        var file = temp.Write("bad.yaml", "transcript: fr01\ncoder: ana\ncodings:\n  - theme: reporting-pressure\n    quote: On encode le soir\n  - theme: reporting-pressure\n    quote: On encode le matin\n");

        var run = CliRun.Of("--project", temp.Project, "codings", "import", file);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{file}:6: the quote \"On encode le matin\" is not in fr01");
        StringAssert.Contains(CliRun.Of("--project", temp.Project, "codings").Out, "0 codings.");
    }

    [TestMethod]
    public void AnImportIsCodedByTheCodersItNamesAndUndoneInOneStepPerCoder()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        temp.Write("fr01.txt", "ENQ : Et alors ?\nNADIA : On encode le soir, après les rendez-vous.\n");
        CliRun.Of("--project", temp.Project, "import", temp.PathOf("fr01.txt"));
        ProjectSeed.AddThemes(temp.Project, "reporting-pressure", "time-standards");
        var file = temp.Write("fr01.yaml", "transcript: fr01\ncodings:\n  - theme: reporting-pressure\n    quote: On encode le soir\n" +
                                           "  - theme: time-standards\n    quote: après les rendez-vous\n    coder: luis\n    memo: evening work\n");

        var run = CliRun.Of("--project", temp.Project, "--coder", "ana", "codings", "import", file);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("Imported 2 codings (1 by ana, 1 by luis).", run.Out.Trim());
        var luis = CliRun.Of("--project", temp.Project, "--coder", "luis", "codings", "--json").Json().EnumerateArray().Single();
        Assert.AreEqual(("après les rendez-vous", "evening work"), (luis.GetProperty("text").GetString(), luis.GetProperty("memo").GetString()));
        CliRun.Of("--project", temp.Project, "undo");
        StringAssert.Contains(CliRun.Of("--project", temp.Project, "codings").Out, "1 coding.");
    }

    private static string Key(string transcript, string theme, string coder, string text) => $"{transcript} {theme} {coder}: {text}";
}
