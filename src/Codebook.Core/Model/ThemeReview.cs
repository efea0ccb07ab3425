namespace Codebook.Core.Model;

/// <summary>A review of a theme: the status a coder gave it, when, and why.</summary>
public sealed class ThemeReview
{
    public ReviewStatus Status { get; set; }

    public string? Comment { get; set; }

    public string Coder { get; set; } = "";

    public DateTime At { get; set; }
}
