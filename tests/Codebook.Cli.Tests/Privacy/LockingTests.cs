using Codebook.Core.Time;
using Codebook.Storage;
using Codebook.Storage.Locking;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Privacy;

[TestClass]
public sealed class LockingTests
{
    private static string Nadia => Path.Combine(Repository.Interviews, "fr01-nadia.txt");

    private static string Fatima => Path.Combine(Repository.Interviews, "fr03-fatima.txt");

    [TestMethod]
    public void ASecondProcessIsToldWhoHoldsTheProjectAndChangesNothing()
    {
        using var temp = new TempFolder();
        Assert.AreEqual(0, CliRun.Of("init", temp.Project).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "import", Nadia).ExitCode);

        CliRun refused;
        using (ProjectFile.Open(temp.Project, SystemClock.Instance, new ProjectOpening { Doing = "codebook tui" }))
        {
            refused = SecondProcess.Run("--project", temp.Project, "import", Fatima);
        }

        Assert.AreEqual(ExitCodes.UsageOrProject, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "in use by another Codebook process: 'codebook tui'");
        StringAssert.Contains(refused.Error, $"PID {Environment.ProcessId} on {Environment.MachineName}");
        var after = SecondProcess.Run("--project", temp.Project, "transcripts");
        Assert.AreEqual(0, after.ExitCode, after.ToString());
        StringAssert.Contains(after.Out, "fr01-nadia");
        Assert.DoesNotContain("fr03-fatima", after.Out);
    }

    [TestMethod]
    public void AProcessKilledWhileHoldingTheProjectLeavesALockThatIsTakenOver()
    {
        using var temp = new TempFolder();
        Assert.AreEqual(0, CliRun.Of("init", temp.Project).ExitCode);
        var lockFile = ProjectLock.PathOf(Path.GetFullPath(temp.Project));

        using (var import = SecondProcess.Start("--project", temp.Project, "import", Repository.Interviews))
        {
            while (!import.HasExited && LockHolder.ReadFrom(lockFile)?.Pid != import.Id) Thread.Sleep(10);
            import.Kill();
            import.WaitForExit();
        }
        var left = LockHolder.ReadFrom(lockFile);
        if (left is null) Assert.Inconclusive("the import finished before it could be killed");

        Assert.AreEqual("codebook import", left.Doing);
        var reopened = CliRun.Of("--project", temp.Project, "transcripts");
        Assert.AreEqual(0, reopened.ExitCode, reopened.ToString());
    }
}
