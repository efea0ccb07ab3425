using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Formats.Codebooks;

/// <summary>Puts themes in document order (parents first, siblings by Order) with their heading levels, refusing trees Markdown cannot hold.</summary>
internal static class ThemeTree
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

        var children = themes.ToLookup(t => t.ParentId);
        var ordered = new List<(Theme, int)>(themes.Count);
        Visit(null, CodebookSyntax.TopThemeLevel);
        if (ordered.Count != themes.Count)
        {
            throw Unwritable("some themes are their own ancestors", "Re-parent them so the themes form a tree.");
        }

        return ordered;

        void Visit(string? parentId, int level)
        {
            foreach (var theme in children[parentId].OrderBy(t => t.Order))
            {
                if (level > CodebookSyntax.DeepestLevel)
                {
                    throw Unwritable($"theme '{theme.Id}' is nested deeper than Markdown headings go (######)",
                        "Move it, or its parent, up a level.");
                }

                ordered.Add((theme, level));
                Visit(theme.Id, level + 1);
            }
        }
    }

    public static CodebookException Unwritable(string message, string hint) =>
        new(ErrorCode.BadCodebook, $"cannot write the codebook: {message}", hint: hint);
}
