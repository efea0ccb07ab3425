namespace Codebook.Core.Model;

/// <summary>A code in the codebook. Themes form a tree through <see cref="ParentId"/>.</summary>
public sealed class Theme
{
    /// <summary>A slug such as "resistance" or "loss-of-meaning".</summary>
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>The label in other languages, by language code ("fr", "es"), so coders find a theme in either.</summary>
    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    public string? ParentId { get; set; }

    /// <summary>Colour as #RRGGBB.</summary>
    public string? Color { get; set; }

    /// <summary>A single-character shortcut for coding from the keyboard.</summary>
    public string? Key { get; set; }

    public string Definition { get; set; } = "";

    public List<string> Include { get; set; } = [];

    public List<string> Exclude { get; set; } = [];

    public List<string> Examples { get; set; } = [];

    /// <summary>Search hints per language code: words and queries that tend to find this theme.</summary>
    public Dictionary<string, List<string>> SearchHints { get; set; } = new(StringComparer.Ordinal);

    public ReviewStatus Status { get; set; }

    /// <summary>Position among its siblings, so the tree keeps the codebook's order.</summary>
    public int Order { get; set; }

    /// <summary>Ids of the themes merged into this one (and, transitively, those merged into them), so that a
    /// codebook diff can say "merged" rather than "removed".</summary>
    public List<string> MergedFrom { get; set; } = [];

    /// <summary>The theme this one was split off from, if any.</summary>
    public string? SplitFrom { get; set; }

    /// <summary>The code this theme was read from, when it came from another tool's REFI-QDA file.</summary>
    public ExchangeCode? Exchange { get; set; }

    /// <summary>Every review status given to the theme, oldest first, with its comment.</summary>
    public List<ThemeReview> Reviews { get; set; } = [];
}
