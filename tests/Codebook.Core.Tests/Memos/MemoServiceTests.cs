using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Tests.Codings;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Memos;

[TestClass]
public sealed class MemoServiceTests
{
    [TestMethod]
    public void MemosGoOnTheProjectATranscriptAThemeOrACodingEachLogged()
    {
        using var interview = new Interview();
        var coding = new CodingService(interview.Store, new Coder("ana"), SystemClock.Instance).Code("fr01", "resistance", new TurnSpan(2)).Single();
        var memos = new MemoService(interview.Store, new Coder("ana"), SystemClock.Instance);
        var log = interview.Store.Changes().Count;

        memos.Add(MemoTarget.Project, "", "Started coding.");
        memos.Add(MemoTarget.Transcript, "fr01", "Long pauses.");
        memos.Add(MemoTarget.Theme, "resistance", "Covers small acts too.");
        var onCoding = memos.Add(MemoTarget.Coding, coding.Id, "Clear case.");

        Assert.AreEqual("coding:" + coding.Id, MemoService.Describe(onCoding));
        CollectionAssert.AreEquivalent(new[] { "project", "transcript:fr01", "theme:resistance", "coding:" + coding.Id },
            interview.Store.Memos().Select(MemoService.Describe).ToList());
        Assert.HasCount(log + 4, interview.Store.Changes());
        Assert.AreEqual("memo", interview.Store.Changes()[^1].Action);
    }

    [TestMethod]
    public void AMemoOnSomethingMissingOrWithoutTextIsRefused()
    {
        using var interview = new Interview();
        var memos = new MemoService(interview.Store, new Coder("ana"), SystemClock.Instance);
        var log = interview.Store.Changes().Count;

        Assert.AreEqual(ErrorCode.NotFound, Assert.ThrowsExactly<CodebookException>(() => memos.Add(MemoTarget.Theme, "nope", "x")).Code);
        Assert.AreEqual(ErrorCode.NotFound, Assert.ThrowsExactly<CodebookException>(() => memos.Add(MemoTarget.Coding, "c00000000", "x")).Code);
        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => memos.Add(MemoTarget.Project, "", "  ")).Code);
        Assert.IsEmpty(interview.Store.Memos());
        Assert.HasCount(log, interview.Store.Changes());
    }
}
