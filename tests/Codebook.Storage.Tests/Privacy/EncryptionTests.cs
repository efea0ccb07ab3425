using Codebook.Core.Errors;
using Codebook.Storage.Backups;

namespace Codebook.Storage.Tests.Privacy;

[TestClass]
public sealed class EncryptionTests
{
    [TestMethod]
    public void AnEncryptedProjectHoldsNoTextInClearAndOpensOnlyWithItsPassword()
    {
        using var temp = new TempProject();
        using (var store = temp.Create(TempProject.With("s3cret")))
        {
            Interview.ImportInto(store);
            Assert.IsTrue(store.Encrypted);
        }

        Assert.IsFalse(Interview.InClear(temp.Path));
        Assert.IsTrue(ProjectFile.IsEncrypted(temp.Path));
        Assert.AreEqual(ErrorCode.PasswordNeeded, Assert.ThrowsExactly<CodebookException>(() => temp.Open()).Code);
        Assert.AreEqual(ErrorCode.WrongPassword, Assert.ThrowsExactly<CodebookException>(() => temp.Open(TempProject.With("secret"))).Code);
        using var reopened = temp.Open(TempProject.With("s3cret"));
        StringAssert.Contains(reopened.FindTranscript("nadia")!.Text, Interview.Sentence);
    }

    [TestMethod]
    public void APlainProjectShowsItsTextWhichIsWhyEncryptionIsWorthTesting()
    {
        using var temp = new TempProject();
        using (var store = temp.Create()) Interview.ImportInto(store);

        Assert.IsTrue(Interview.InClear(temp.Path));
        Assert.IsFalse(ProjectFile.IsEncrypted(temp.Path));
    }

    [TestMethod]
    public void EncryptingAndDecryptingKeepEverythingAndBackUpTheFileAsItWas()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            Interview.ImportInto(store);
        }

        var backups = ProjectFile.Encrypt(temp.Path, TempProject.Clock, ProjectOpening.Default, "s3cret");

        Assert.IsFalse(Interview.InClear(temp.Path));
        Assert.IsEmpty(backups.Encrypted);
        Assert.IsFalse(Directory.Exists(ProjectBackups.FolderOf(temp.Path)), "no backup was there before, none after: one in clear would defeat the encryption");
        using (var store = temp.Open(TempProject.With("s3cret")))
        {
            Assert.AreEqual(Interview.Transcript.Text, store.FindTranscript("nadia")!.Text);
            Assert.HasCount(1, store.Changes());
        }

        var encrypted = ProjectFile.Decrypt(temp.Path, TempProject.Clock, TempProject.With("s3cret"));

        Assert.AreEqual("decrypt", encrypted.Operation);
        Assert.IsFalse(Interview.InClear(encrypted.Path), "a backup of an encrypted project stays encrypted");
        Assert.IsFalse(ProjectFile.IsEncrypted(temp.Path));
        using var plain = temp.Open();
        Assert.AreEqual(Interview.Transcript.Text, plain.FindTranscript("nadia")!.Text);
        Assert.IsFalse(File.Exists(temp.Path + ".converting"));
    }

    [TestMethod]
    public void ABackupMadeBeforeEncryptingIsEncryptedWithTheSamePasswordAndStillRestores()
    {
        using var temp = new TempProject();
        ProjectBackup before;
        using (var store = temp.Create())
        {
            Interview.ImportInto(store);
            before = store.Backup("merge");
            store.Commit("ana", "import", "imported another", changes =>
            {
                var other = Interview.Transcript;
                other.Id = "other";
                changes.Put(other);
            });
        }
        Assert.IsTrue(Interview.InClear(before.Path));

        var backups = ProjectFile.Encrypt(temp.Path, TempProject.Clock, ProjectOpening.Default, "s3cret");

        Assert.AreEqual(before.Path, backups.Encrypted.Single().Path);
        Assert.IsEmpty(backups.LeftInClear);
        Assert.IsTrue(ProjectFile.IsEncrypted(before.Path));
        Assert.IsFalse(Directory.GetFiles(temp.Folder, "*", SearchOption.AllDirectories).Any(Interview.InClear), "no file holds the text in clear");
        Assert.AreEqual(ErrorCode.PasswordNeeded, Assert.ThrowsExactly<CodebookException>(
            () => ProjectFile.Restore(temp.Path, ProjectBackups.Find(temp.Path, before.Name), TempProject.Clock, ProjectOpening.Default)).Code);

        ProjectFile.Restore(temp.Path, ProjectBackups.Find(temp.Path, before.Name), TempProject.Clock, TempProject.With("s3cret"));

        using var restored = temp.Open(TempProject.With("s3cret"));
        Assert.AreEqual(Interview.Transcript.Text, restored.FindTranscript("nadia")!.Text);
        Assert.IsNull(restored.FindTranscript("other"));
    }

    /// <summary>Killed while encrypting the backups, some are still in clear, one may have a half-written
    /// <c>.converting</c> file beside it; each backup is whole, and encrypting again finishes the work.</summary>
    [TestMethod]
    public void AnInterruptedEncryptionLeavesEveryBackupWholeAndEncryptingAgainFinishesIt()
    {
        using var temp = new TempProject();
        string plainCopy;
        using (var store = temp.Create())
        {
            Interview.ImportInto(store);
            plainCopy = store.Backup("merge").Path;
        }
        var bytes = File.ReadAllBytes(plainCopy);
        ProjectFile.Encrypt(temp.Path, TempProject.Clock, ProjectOpening.Default, "s3cret");
        var leftInClear = Path.Combine(ProjectBackups.FolderOf(temp.Path), "20260102T030405000Z-import.codebook");
        File.WriteAllBytes(leftInClear, bytes);
        File.WriteAllText(leftInClear + ".converting", "half written");
        var damaged = Path.Combine(ProjectBackups.FolderOf(temp.Path), "20260102T030406000Z-backup.codebook");
        File.WriteAllText(damaged, "not a project");

        Assert.AreEqual(ErrorCode.WrongPassword, Assert.ThrowsExactly<CodebookException>(
            () => ProjectFile.EncryptBackups(temp.Path, TempProject.Clock, TempProject.With("secret"))).Code);
        CollectionAssert.AreEqual(bytes, File.ReadAllBytes(leftInClear), "a wrong password changes nothing");

        var backups = ProjectFile.EncryptBackups(temp.Path, TempProject.Clock, TempProject.With("s3cret"));

        Assert.AreEqual(leftInClear, backups.Encrypted.Single().Path);
        Assert.AreEqual(1, backups.AlreadyEncrypted);
        Assert.AreEqual(damaged, backups.LeftInClear.Single().Backup.Path);
        Assert.AreEqual("not a project", File.ReadAllText(damaged), "an unreadable backup is left as it was");
        Assert.IsFalse(Interview.InClear(leftInClear));
        Assert.IsFalse(File.Exists(leftInClear + ".converting"));
        File.Delete(damaged);
        Assert.AreSame(BackupEncryption.None, ProjectFile.EncryptBackups(temp.Path, TempProject.Clock, ProjectOpening.Default),
            "with nothing in clear left, no password is needed");
    }
}
