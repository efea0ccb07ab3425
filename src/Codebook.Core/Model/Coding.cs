namespace Codebook.Core.Model;

/// <summary>A theme applied by a coder to a span of a transcript.</summary>
public sealed class Coding
{
    public string Id { get; set; } = "";

    public string TranscriptId { get; set; } = "";

    public string ThemeId { get; set; } = "";

    public string Coder { get; set; } = "";

    /// <summary>UTF-16 offset into the normalised transcript text, inclusive.</summary>
    public int Start { get; set; }

    /// <summary>UTF-16 offset into the normalised transcript text, exclusive.</summary>
    public int End { get; set; }

    public string? Memo { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The GUID of the REFI-QDA selection this coding was read from, written back on export; codings that
    /// share it and their span came from one selection and go back as one.</summary>
    public string? SelectionGuid { get; set; }

    /// <summary>What reviewers said of this coding, oldest first.</summary>
    public List<CodingReview> Reviews { get; set; } = [];

    public TextSpan Span => new(Start, End);
}
