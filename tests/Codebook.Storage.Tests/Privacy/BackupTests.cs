using Codebook.Storage.Backups;

namespace Codebook.Storage.Tests.Privacy;

[TestClass]
public sealed class BackupTests
{
    [TestMethod]
    public void BackupsRollKeepingTheNewestAndNameTheirOperation()
    {
        using var temp = new TempProject();
        var clock = new TickingClock();
        using var store = ProjectFile.Create(temp.Path, new Core.Model.Coder("ana"), clock);

        var made = Enumerable.Range(1, ProjectBackups.Kept + 2).Select(n => store.Backup($"step{n}")).ToList();

        var kept = ProjectBackups.List(temp.Path);
        CollectionAssert.AreEqual(made.Skip(2).Select(b => b.Path).ToList(), kept.Select(b => b.Path).ToList());
        Assert.AreEqual("step3", kept[0].Operation);
        Assert.AreEqual(made[2].At, kept[0].At);
    }

    /// <summary>A second later at every look, as backups made one after another are.</summary>
    private sealed class TickingClock : Core.Time.IClock
    {
        private DateTime _now = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        public DateTime UtcNow => _now = _now.AddSeconds(1);
    }

    [TestMethod]
    public void RestoringPutsTheBackupBackAndKeepsTheFileItReplaced()
    {
        using var temp = new TempProject();
        ProjectBackup beforeImport;
        using (var store = temp.Create(TempProject.With("s3cret")))
        {
            beforeImport = store.Backup("test");
            Interview.ImportInto(store);
        }

        var replaced = ProjectFile.Restore(temp.Path, beforeImport, TempProject.Clock, TempProject.With("s3cret"));

        using (var restored = temp.Open(TempProject.With("s3cret"))) Assert.IsNull(restored.FindTranscript("nadia"));
        Assert.AreEqual("restore", replaced.Operation);
        Assert.IsFalse(Interview.InClear(beforeImport.Path));
        File.Copy(replaced.Path, temp.Path, overwrite: true);
        using var undone = temp.Open(TempProject.With("s3cret"));
        Assert.IsNotNull(undone.FindTranscript("nadia"));
    }

    [TestMethod]
    public void AnOlderFileIsBackedUpAsItWasBeforeItIsMigrated()
    {
        using var temp = new TempProject();
        temp.Create().Dispose();
        using (var db = new LiteDB.LiteDatabase(temp.Path)) db.UserVersion = 0;

        using (temp.Open()) { }

        var backup = ProjectBackups.List(temp.Path).Single();
        Assert.AreEqual("migrate", backup.Operation);
        using var old = new LiteDB.LiteDatabase(backup.Path);
        Assert.AreEqual(0, old.UserVersion);
    }

    [TestMethod]
    public void ABackupThatIsNotAProjectIsRefusedAndTheProjectLeftAlone()
    {
        using var temp = new TempProject();
        using (var store = temp.Create()) Interview.ImportInto(store);
        var folder = ProjectBackups.FolderOf(temp.Path);
        Directory.CreateDirectory(folder);
        var junk = Path.Combine(folder, "20260101T000000000Z-junk.codebook");
        File.WriteAllText(junk, "not a project");

        Assert.ThrowsExactly<Core.Errors.CodebookException>(() =>
            ProjectFile.Restore(temp.Path, ProjectBackups.Find(temp.Path, "20260101T000000000Z-junk"), TempProject.Clock, ProjectOpening.Default));

        using var store2 = temp.Open();
        Assert.IsNotNull(store2.FindTranscript("nadia"));
    }
}
