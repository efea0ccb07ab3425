using Codebook.Core.Errors;

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

        var before = ProjectFile.ChangePassword(temp.Path, TempProject.Clock, ProjectOpening.Default, "s3cret");

        Assert.IsFalse(Interview.InClear(temp.Path));
        Assert.IsNull(before, "a backup in clear would defeat the encryption");
        Assert.IsFalse(Directory.Exists(Backups.ProjectBackups.FolderOf(temp.Path)), "no backup was there before, none after");
        using (var store = temp.Open(TempProject.With("s3cret")))
        {
            Assert.AreEqual(Interview.Transcript.Text, store.FindTranscript("nadia")!.Text);
            Assert.HasCount(1, store.Changes());
        }

        var encrypted = ProjectFile.ChangePassword(temp.Path, TempProject.Clock, TempProject.With("s3cret"), null);

        Assert.AreEqual("decrypt", encrypted!.Operation);
        Assert.IsFalse(Interview.InClear(encrypted.Path), "a backup of an encrypted project stays encrypted");
        Assert.IsFalse(ProjectFile.IsEncrypted(temp.Path));
        using var plain = temp.Open();
        Assert.AreEqual(Interview.Transcript.Text, plain.FindTranscript("nadia")!.Text);
        Assert.IsFalse(File.Exists(temp.Path + ".converting"));
    }
}
