using System.Text.RegularExpressions;

namespace Codebook.Core.Model;

/// <summary>What a theme's id, colour, key and status may be: one set of rules for the codebook file and the
/// theme commands, so that what one accepts the other does too.</summary>
public static partial class ThemeRules
{
    public const string IdHint = "Ids are lowercase letters, digits and hyphens, e.g. loss-of-meaning.";

    public const string ColorHint = "Write a colour as #RRGGBB, e.g. #C0392B.";

    public const string KeyHint = "A key is one letter or digit, e.g. r.";

    public static bool IsId(string id) => IdPattern().IsMatch(id);

    public static bool IsColor(string color) => ColorPattern().IsMatch(color);

    public static bool IsKey(string key) => key.Length == 1 && char.IsLetterOrDigit(key[0]);

    /// <summary>Keys are unique without regard to case: "R" and "r" would be the same key to a hurried coder.</summary>
    public static bool SameKey(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static string StatusName(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "draft",
        ReviewStatus.InReview => "in review",
        ReviewStatus.Approved => "approved",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Case, hyphens and extra spaces are forgiven: "In-Review" is "in review".</summary>
    public static ReviewStatus? ParseStatus(string text) =>
        SeparatorPattern().Replace(text.Trim().ToLowerInvariant(), " ") switch
        {
            "draft" => ReviewStatus.Draft,
            "in review" => ReviewStatus.InReview,
            "approved" => ReviewStatus.Approved,
            _ => null,
        };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex(@"[\s_-]+")]
    private static partial Regex SeparatorPattern();
}
