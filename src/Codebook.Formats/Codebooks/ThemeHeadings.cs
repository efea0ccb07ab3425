using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Themes;

namespace Codebook.Formats.Codebooks;

/// <summary>Puts themes in document order (the <see cref="ThemeTree"/>'s reading order) with their heading levels,
/// refusing trees Markdown cannot hold.</summary>
internal static class ThemeHeadings
{
    public static List<(Theme Theme, int Level)> InDocumentOrder(IReadOnlyList<Theme> themes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            if (!CodebookSyntax.IsId(theme.Id))
            {
                throw Unwritable($"'{theme.Id}' is not a valid theme id", CodebookSyntax.IdHint);
            }

            if (!ids.Add(theme.Id))
            {
                throw Unwritable($"two themes have the id '{theme.Id}'", "Give each theme its own id.");
            }
        }

        if (themes.FirstOrDefault(t => t.ParentId is not null && !ids.Contains(t.ParentId)) is { } orphan)
        {
            throw Unwritable($"theme '{orphan.Id}' has the parent '{orphan.ParentId}', which is not in the codebook",
                "Write the parent too, or make the theme a top theme.");
        }

        // The one theme tree (Core): a theme it does not reach from the top is caught in a cycle of parents.
        var ordered = new ThemeTree(themes).InOrder;
        if (ordered.Count != themes.Count)
        {
            throw Unwritable("some themes are their own ancestors", "Re-parent them so the themes form a tree.");
        }

        if (ordered.FirstOrDefault(x => Level(x.Depth) > CodebookSyntax.DeepestLevel) is { Theme: { } deep })
        {
            throw Unwritable($"theme '{deep.Id}' is nested deeper than Markdown headings go (######)",
                "Move it, or its parent, up a level.");
        }

        return ordered.Select(x => (x.Theme, Level(x.Depth))).ToList();
    }

    private static int Level(int depth) => CodebookSyntax.TopThemeLevel + depth;

    public static CodebookException Unwritable(string message, string hint) =>
        new(ErrorCode.BadCodebook, $"cannot write the codebook: {message}", hint: hint);
}
