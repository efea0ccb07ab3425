using Codebook.Core.Model;

namespace Codebook.Storage.Tests;

/// <summary>What the listings and analyses read comes from LiteDB's engine, so a command that only reads makes neither
/// LiteDatabase's client nor the project's mapper (making the mapper was a tenth of a short command); a change, or a
/// stored type read through the mapper, makes them.</summary>
[TestClass]
public sealed class ReadingWithoutTheMapperTests
{
    [TestMethod]
    public void ListingsAnalysesAndTheLastChangeReadWithoutTheClientAndAChangeMakesIt()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "import", "fr01", changes =>
            {
                changes.Put(new Transcript { Id = "fr01", Title = "Nadia", Language = "fr", Text = "ENQ : Bonjour.", CaseId = "nadia" });
                changes.Put(new Case { Id = "nadia", Name = "Nadia" });
                changes.Put(new Theme { Id = "numbers", Label = "Numbers" });
            });
            store.Commit("ana", "code", "coded", changes => changes.Put(new Coding
            {
                Id = "c1", TranscriptId = "fr01", ThemeId = "numbers", Coder = "ana", Start = 6, End = 13,
                Reviews = [new CodingReview { Verdict = CodingVerdict.Fits, Coder = "luis" }],
            }));
        }

        using var reopened = temp.Open();
        Assert.AreEqual("study", reopened.Info.Name);
        Assert.AreEqual(2, reopened.LastChange);
        Assert.AreEqual("Nadia", reopened.Transcripts().Single().Title);
        Assert.AreEqual("fr01", reopened.TranscriptsWithoutText().Single().Id);
        Assert.AreEqual("fr01", reopened.FindTranscript("fr01")!.Id);
        Assert.AreEqual("Nadia", reopened.FindCase("nadia")!.Name);
        Assert.AreEqual("nadia", reopened.Cases().Single().Id);
        Assert.AreEqual("numbers", reopened.Themes().Single().Id);
        Assert.AreEqual("luis", reopened.Codings().Single().Reviews.Single().Coder);
        Assert.AreEqual("c1", reopened.CodingsOf("fr01").Single().Id);
        Assert.AreEqual("c1", reopened.CodingsForAnalysis().Single().Id);
        Assert.AreEqual(14, reopened.OutlinesOf(["fr01"]).Single().Length);
        Assert.IsEmpty(reopened.UnplacedCodings());
        Assert.IsEmpty(reopened.Memos());
        Assert.IsFalse(reopened.MadeClient);

        reopened.Commit("ana", "theme.add", "quotas", changes => changes.Put(new Theme { Id = "quotas", Label = "Quotas" }));
        Assert.IsTrue(reopened.MadeClient);
        Assert.AreEqual(3, reopened.LastChange);
    }
}
