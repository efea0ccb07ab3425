using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Reviews;

/// <summary>A supervisor's review of the quotes coded with a theme: each verdict is one logged change on the coding,
/// which undo takes back.</summary>
public sealed class CodingReviewService(IProjectStore store, Coder coder, IClock clock)
{
    /// <summary>Adds a review to the coding. A <see cref="CodingVerdict.Comment"/> needs its comment.</summary>
    public CodingReview Review(string codingId, CodingVerdict verdict, string? comment = null)
    {
        var coding = store.RequireCoding(codingId);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (verdict == CodingVerdict.Comment && comment is null)
        {
            throw new CodebookException(ErrorCode.Usage, "the comment is empty", codingId, "write what you want to say about the quote");
        }
        var review = new CodingReview { Verdict = verdict, Comment = comment, Coder = coder.Name, At = clock.UtcNow };
        coding.Reviews.Add(review);
        var summary = $"reviewed {coding.Id} ({coding.ThemeId}): {Describe(verdict)}" + (comment is null ? "" : $" \"{Excerpt.Of(comment)}\"");
        store.Commit(coder.Name, "coding.review", summary, changes => changes.Put(coding));
        return review;
    }

    /// <summary>"fits", "does not fit", "comment".</summary>
    public static string Describe(CodingVerdict verdict) => verdict switch
    {
        CodingVerdict.Fits => "fits",
        CodingVerdict.DoesNotFit => "does not fit",
        _ => "comment",
    };
}
