namespace Codebook.Core.Model;

/// <summary>What a reviewer says of a coding: that the quote fits its theme, that it does not, or only a remark.</summary>
public enum CodingVerdict
{
    Fits,
    DoesNotFit,
    Comment,
}
