using Codebook.Core.Model;

namespace Codebook.Search.Indexing;

/// <summary>A theme and its ancestors, so that <c>theme:resistance</c> finds passages coded with its sub-themes.</summary>
internal sealed class ThemeAncestry(IReadOnlyList<Theme> themes)
{
    private readonly Dictionary<string, string?> parents = themes
        .GroupBy(t => t.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().ParentId, StringComparer.Ordinal);

    public IEnumerable<string> SelfAndAncestors(string themeId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The seen set stops a cycle a damaged project could contain.
        for (string? id = themeId; id is not null && seen.Add(id); id = parents.GetValueOrDefault(id))
        {
            yield return id;
        }
    }
}
