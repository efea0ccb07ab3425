using Codebook.Core.Time;
using Codebook.Storage;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

[TestClass]
public sealed class AnalysisLeftOutTests
{
    [TestMethod]
    public void CodingsOfADeletedThemeAreLeftOutAndNamed()
    {
        using var temp = new TempFolder();
        CliRun Run(params string[] args) => CliRun.Of(["--project", temp.Project, "--coder", "ana", .. args]);
        Assert.AreEqual(0, Run("init", temp.Project).ExitCode);
        Assert.AreEqual(0, Run("import", temp.Write("fr01.txt", "ENQ : Et les chiffres ?\nNADIA : Les chiffres, toujours.\n")).ExitCode);
        ProjectSeed.AddThemes(temp.Project, "numbers", "gone");
        Assert.AreEqual(0, Run("code", "fr01", "--theme", "numbers", "--turn", "2").ExitCode);
        var coded = Run("code", "fr01", "--theme", "gone", "--turn", "2").Out;
        using (var store = ProjectFile.Open(temp.Project, SystemClock.Instance))
        {
            // Nothing in the CLI deletes a theme yet; a deleted theme's codings may stay behind when one does.
            store.Commit("setup", "theme.remove", "removed gone", changes => changes.RemoveTheme("gone"));
        }

        var run = Run("freq", "--json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("1", ParsedTable.FromJson(run.Out).Row("numbers")[1]);
        StringAssert.Contains(run.Error, $"note: left out 1 coding whose theme or transcript is no longer in the project ({coded.Split(' ')[1]})");
    }
}
