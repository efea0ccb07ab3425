using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Storage;
using LiteDB;

namespace Codebook.Storage.Tests;

[TestClass]
public sealed class ProjectFileTests
{
    [TestMethod]
    public void CreatedProjectReopensWithItsInfo()
    {
        using var temp = new TempProject();
        temp.Create().Dispose();

        using var store = temp.Open();
        Assert.AreEqual("study", store.Info.Name);
        Assert.AreEqual("ana", store.Info.CreatedBy);
        Assert.AreEqual(TempProject.Clock.UtcNow, store.Info.CreatedAt);
        Assert.AreEqual(4, store.Info.SchemaVersion);
    }

    [TestMethod]
    public void CreatingOverAnExistingFileIsRefusedAndLeavesItAlone()
    {
        using var temp = new TempProject();
        File.WriteAllText(temp.Path, "precious");

        var error = Assert.ThrowsExactly<CodebookException>(() => temp.Create());

        Assert.AreEqual(ErrorCode.ProjectExists, error.Code);
        Assert.AreEqual("precious", File.ReadAllText(temp.Path));
    }

    [TestMethod]
    public void OpeningAMissingFileSaysHowToCreateOne()
    {
        using var temp = new TempProject();

        var error = Assert.ThrowsExactly<CodebookException>(() => temp.Open());

        Assert.AreEqual(ErrorCode.NoProject, error.Code);
        StringAssert.Contains(error.Describe(), "codebook init");
        Assert.IsFalse(File.Exists(temp.Path));
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(10)]
    [DataRow(20000)]
    public void OpeningAFileThatIsNotAProjectIsABadProjectAndLeavesItAlone(int size)
    {
        using var temp = new TempProject();
        var garbage = new byte[size];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(temp.Path, garbage);

        var error = Assert.ThrowsExactly<CodebookException>(() => temp.Open());

        Assert.AreEqual(ErrorCode.BadProject, error.Code);
        CollectionAssert.AreEqual(garbage, File.ReadAllBytes(temp.Path));
    }

    [TestMethod]
    public void OpeningAnotherLiteDbFileIsABadProject()
    {
        using var temp = new TempProject();
        using (var other = new LiteDatabase(temp.Path)) other.GetCollection("people").Insert(new BsonDocument { ["name"] = "x" });

        var error = Assert.ThrowsExactly<CodebookException>(() => temp.Open());

        Assert.AreEqual(ErrorCode.BadProject, error.Code);
        StringAssert.Contains(error.Message, "not a Codebook project");
    }

    [TestMethod]
    public void AFileFromANewerCodebookIsRefused()
    {
        using var temp = new TempProject();
        temp.Create().Dispose();
        using (var db = new LiteDatabase(temp.Path)) db.UserVersion = 99;

        var error = Assert.ThrowsExactly<CodebookException>(() => temp.Open());

        Assert.AreEqual(ErrorCode.BadProject, error.Code);
        StringAssert.Contains(error.Message, "newer");
    }

    [TestMethod]
    public void AnOlderFileIsMigratedOnOpen()
    {
        using var temp = new TempProject();
        temp.Create().Dispose();
        using (var db = new LiteDatabase(temp.Path))
        {
            db.GetCollection("transcripts").DropIndex("SourceHash");
            db.UserVersion = 0;
        }

        using (temp.Open()) { }

        using var reopened = new LiteDatabase(temp.Path);
        Assert.AreEqual(4, reopened.UserVersion);
        var indexes = reopened.GetCollection("$indexes").Find("collection = 'transcripts'").Select(i => i["name"].AsString);
        CollectionAssert.Contains(indexes.ToList(), "SourceHash");
    }
}
