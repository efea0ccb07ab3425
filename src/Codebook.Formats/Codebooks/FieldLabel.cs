namespace Codebook.Formats.Codebooks;

/// <summary>A label such as "Definition:" or "search-fr:"; <see cref="Language"/> is set for label-xx and search-xx.</summary>
internal readonly record struct FieldLabel(FieldKind Kind, string? Language = null)
{
    public static readonly string[] KnownNames =
        ["Definition", "Include", "Exclude", "Examples", "Status", "label-fr", "label-es", "search-fr", "search-es"];

    /// <summary>The name as the writer spells it and messages quote it.</summary>
    public string Name => Kind switch
    {
        FieldKind.Label => $"label-{Language}",
        FieldKind.Search => $"search-{Language}",
        _ => Kind.ToString(),
    };

    /// <summary>Rules, examples and search hints may be a list under the label.</summary>
    public bool TakesList => Kind is FieldKind.Include or FieldKind.Exclude or FieldKind.Examples or FieldKind.Search;

    /// <summary>Labels are case-insensitive; label-xx and search-xx take any two-letter language code.</summary>
    public static FieldLabel? Parse(string name)
    {
        var lower = name.ToLowerInvariant();
        switch (lower)
        {
            case "definition": return new(FieldKind.Definition);
            case "include": return new(FieldKind.Include);
            case "exclude": return new(FieldKind.Exclude);
            case "examples": return new(FieldKind.Examples);
            case "status": return new(FieldKind.Status);
        }

        var dash = lower.IndexOf('-');
        if (dash < 0 || !CodebookSyntax.IsLanguage(lower[(dash + 1)..]))
        {
            return null;
        }

        return lower[..dash] switch
        {
            "label" => new(FieldKind.Label, lower[(dash + 1)..]),
            "search" => new(FieldKind.Search, lower[(dash + 1)..]),
            _ => null,
        };
    }
}
