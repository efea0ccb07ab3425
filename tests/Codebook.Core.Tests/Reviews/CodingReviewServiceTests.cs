using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Reviews;
using Codebook.Core.Tests.Codings;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Reviews;

[TestClass]
public sealed class CodingReviewServiceTests
{
    [TestMethod]
    public void VerdictsAreKeptOnTheCodingEachLoggedAndUndoTakesTheLastBack()
    {
        using var interview = new Interview();
        var coding = new CodingService(interview.Store, new Coder("ana"), SystemClock.Instance).Code("fr01", "resistance", new TurnSpan(2)).Single();
        var reviews = new CodingReviewService(interview.Store, new Coder("marie"), SystemClock.Instance);

        reviews.Review(coding.Id, CodingVerdict.Fits);
        reviews.Review(coding.Id, CodingVerdict.Comment, "  borderline: irony?  ");

        var stored = interview.Store.Codings().Single().Reviews;
        Assert.AreEqual((CodingVerdict.Fits, null, "marie"), (stored[0].Verdict, stored[0].Comment, stored[0].Coder));
        Assert.AreEqual((CodingVerdict.Comment, "borderline: irony?"), (stored[1].Verdict, stored[1].Comment));
        Assert.AreEqual("coding.review", interview.Store.Changes()[^1].Action);
        StringAssert.Contains(interview.Store.Changes()[^2].Summary, "fits");

        interview.Store.Undo("marie");
        Assert.AreEqual(CodingVerdict.Fits, interview.Store.Codings().Single().Reviews.Single().Verdict);
    }

    [TestMethod]
    public void AnEmptyCommentOrAMissingCodingIsRefused()
    {
        using var interview = new Interview();
        var coding = new CodingService(interview.Store, new Coder("ana"), SystemClock.Instance).Code("fr01", "resistance", new TurnSpan(2)).Single();
        var reviews = new CodingReviewService(interview.Store, new Coder("marie"), SystemClock.Instance);
        var log = interview.Store.Changes().Count;

        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => reviews.Review(coding.Id, CodingVerdict.Comment, " ")).Code);
        Assert.AreEqual(ErrorCode.NotFound, Assert.ThrowsExactly<CodebookException>(() => reviews.Review("c00000000", CodingVerdict.Fits)).Code);
        Assert.HasCount(log, interview.Store.Changes());
    }
}
