using Codebook.Storage.Locking;

namespace Codebook.Storage.Tests.Privacy;

[TestClass]
public sealed class LockTests
{
    [TestMethod]
    public void AnOpenProjectsLockFileNamesThisProcessAndIsEmptiedOnClose()
    {
        using var temp = new TempProject();
        var lockFile = ProjectLock.PathOf(temp.Path);
        using (temp.Create(new ProjectOpening { Doing = "codebook import" }))
        {
            var holder = LockHolder.ReadFrom(lockFile)!;
            Assert.AreEqual(Environment.ProcessId, holder.Pid);
            Assert.AreEqual("codebook import", holder.Doing);
            Assert.AreEqual(Environment.MachineName, holder.Host);
        }

        Assert.AreEqual(0, new FileInfo(lockFile).Length);
        Assert.IsNull(LockHolder.ReadFrom(lockFile));
    }

    [TestMethod]
    public void ALockFileLeftByAKilledProcessIsTakenOver()
    {
        using var temp = new TempProject();
        temp.Create().Dispose();
        // What a process killed with SIGKILL leaves: its description, with no OS lock behind it.
        var dead = new LockHolder("codebook", 999_999, "elsewhere", "luis", TempProject.Clock.UtcNow, "codebook tui");
        File.WriteAllBytes(ProjectLock.PathOf(temp.Path), dead.ToBytes());

        using var store = temp.Open(new ProjectOpening { Doing = "codebook transcripts" });

        Assert.AreEqual("codebook transcripts", LockHolder.ReadFrom(ProjectLock.PathOf(temp.Path))!.Doing);
    }

    [TestMethod]
    public void AHolderReadsBackFromWhatItWrites()
    {
        var holder = new LockHolder("codebook", 42, "lab-pc", "ana", TempProject.Clock.UtcNow, "codebook theme merge");

        Assert.AreEqual(holder, LockHolder.Parse(holder.Describe()));
        StringAssert.Contains(holder.Describe(), "\nsince: 2026-01-02T03:04:05Z\n");
        Assert.IsNull(LockHolder.Parse(""));
    }
}
