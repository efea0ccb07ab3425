namespace Codebook.Core.Model;

public enum ReviewStatus
{
    Draft,
    InReview,
    Approved,
}
