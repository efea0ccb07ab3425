namespace Codebook.Core.Model;

/// <summary>A reviewer's word on one coding: the verdict, an optional comment, who and when. Kept on the coding, like
/// a theme's reviews on the theme, so it goes (and comes back with undo) with the coding it judges.</summary>
public sealed class CodingReview
{
    public CodingVerdict Verdict { get; set; }

    public string? Comment { get; set; }

    public string Coder { get; set; } = "";

    public DateTime At { get; set; }
}
