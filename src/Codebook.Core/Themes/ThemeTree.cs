using Codebook.Core.Model;

namespace Codebook.Core.Themes;

/// <summary>The codebook as a tree: themes in reading order (parents before children, siblings by
/// <see cref="Theme.Order"/>), with their depth and ancestors.</summary>
public sealed class ThemeTree
{
    private readonly Dictionary<string, Theme> _byId;
    private readonly ILookup<string, Theme> _children;

    public ThemeTree(IEnumerable<Theme> themes)
    {
        _byId = themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        // A theme whose parent is missing is shown at the top rather than lost.
        _children = _byId.Values.ToLookup(t => t.ParentId is { } p && _byId.ContainsKey(p) ? p : "");
        InOrder = Walk("", 0).ToList();
    }

    /// <summary>Every theme with its depth (0 for top themes), in reading order.</summary>
    public IReadOnlyList<(Theme Theme, int Depth)> InOrder { get; }

    public Theme? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The theme and all themes below it.</summary>
    public IEnumerable<Theme> WithDescendants(Theme theme) =>
        Walk(theme.Id, 0).Select(x => x.Theme).Prepend(theme);

    private IEnumerable<(Theme Theme, int Depth)> Walk(string parent, int depth)
    {
        foreach (var child in _children[parent].OrderBy(t => t.Order).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            yield return (child, depth);
            foreach (var below in Walk(child.Id, depth + 1)) yield return below;
        }
    }
}
