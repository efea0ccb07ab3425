using Codebook.Testing;

namespace Codebook.Cli.Tests.Privacy;

[TestClass]
public sealed class BackupTests
{
    private static string StudyCodebook => Repository.StudyCodebook;

    [TestMethod]
    public void DeletingAThemeBacksUpFirstAndRestoringBringsItBack()
    {
        using var temp = new TempFolder();
        CliRun Run(params string[] args) => CliRun.Of(["--project", temp.Project, .. args]);
        Assert.AreEqual(0, CliRun.Of("init", temp.Project).ExitCode);
        Assert.AreEqual(0, Run("themes", "import", StudyCodebook).ExitCode);
        Assert.AreEqual(0, Run("theme", "delete", "quantification").ExitCode);
        Assert.AreEqual(ExitCodes.UsageOrProject, Run("theme", "reviews", "quantification").ExitCode);

        var listed = Run("--json", "restore").Json();
        Assert.AreEqual(1, listed.GetArrayLength());
        Assert.AreEqual("theme-delete", listed[0].GetProperty("operation").GetString());
        var name = listed[0].GetProperty("name").GetString()!;

        var restored = Run("restore", name);

        Assert.AreEqual(0, restored.ExitCode, restored.ToString());
        StringAssert.Contains(restored.Out, $"Restored {name}");
        Assert.AreEqual(0, Run("theme", "reviews", "quantification").ExitCode);
        var after = Run("restore");
        StringAssert.Contains(after.Out, "theme-delete");
        StringAssert.Contains(after.Out, "restore");
    }

    [TestMethod]
    public void ABackupOnDemandIsListed()
    {
        using var temp = new TempFolder();
        Assert.AreEqual(0, CliRun.Of("init", temp.Project).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "restore").ExitCode);

        var made = CliRun.Of("--project", temp.Project, "backup");

        StringAssert.Contains(made.Out, "Backed up to ");
        StringAssert.Contains(CliRun.Of("--project", temp.Project, "restore").Out, "backup");
        Assert.AreEqual(ExitCodes.UsageOrProject, CliRun.Of("--project", temp.Project, "restore", "nowhere").ExitCode);
    }
}
