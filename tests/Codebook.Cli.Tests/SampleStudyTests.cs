using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>The real sample study goes through the real importer: every file, every convention.</summary>
[TestClass]
public sealed class SampleStudyTests
{
    [TestMethod]
    public void AllSeventeenInterviewsImportWithTurnsSpeakersAndCases()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);

        var import = CliRun.Of("--project", temp.Project, "import", Repository.Interviews, "--json");

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        var results = import.Json().EnumerateArray().ToList();
        Assert.HasCount(17, results);
        foreach (var result in results)
        {
            var file = result.GetProperty("file").GetString();
            Assert.AreEqual("imported", result.GetProperty("status").GetString(), file);
            Assert.IsGreaterThan(30, result.GetProperty("turns").GetInt32(), $"{file}: too few turns, a convention was missed");
            Assert.AreEqual(Path.GetFileName(file)![..2], result.GetProperty("language").GetString(), $"{file}: language");
        }

        foreach (var id in new[] { "fr01-nadia", "fr02-olivier", "fr03-fatima", "fr04-bernard", "fr05-sophie", "fr06-mamadou",
                     "fr07-isabelle", "fr08-youssef", "fr09-anne", "fr10-karim", "fr11-martine",
                     "es12-lucia", "es13-diego", "es14-carmen", "es15-javier", "es16-rosa", "es17-andres" })
        {
            var lines = CliRun.Of("--project", temp.Project, "show", id, "--json").Json().GetProperty("lines").EnumerateArray().ToList();
            var roles = lines.Where(l => l.GetProperty("startsTurn").GetBoolean()).Select(l => l.GetProperty("role").GetString()).ToList();
            Assert.IsGreaterThan(10, roles.Count(r => r == "interviewer"), $"{id}: interviewer turns");
            Assert.IsGreaterThan(10, roles.Count(r => r == "participant"), $"{id}: participant turns");
        }
    }
}
