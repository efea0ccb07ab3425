using Codebook.Core.Model;

namespace Codebook.Core.Themes;

/// <summary>The codebook as a tree: themes in reading order (parents before children, siblings by
/// <see cref="Theme.Order"/>), with their depth, ancestors and descendants. The one tree the analyses, the
/// codebook writer (Formats) and the search index (Search) read.</summary>
public sealed class ThemeTree
{
    private readonly Dictionary<string, Theme> _byId = new(StringComparer.Ordinal);
    private readonly ILookup<string, Theme> _children;
    private IReadOnlyList<(Theme Theme, int Depth)>? _inOrder;

    public ThemeTree(IEnumerable<Theme> themes)
    {
        // A damaged project could hold an id twice: the first one counts.
        foreach (var theme in themes) _byId.TryAdd(theme.Id, theme);
        // A theme whose parent is missing is shown at the top rather than lost.
        _children = _byId.Values.ToLookup(t => t.ParentId is { } p && _byId.ContainsKey(p) ? p : "");
    }

    /// <summary>Every theme with its depth (0 for top themes), in reading order; themes caught in a cycle of parents
    /// are not reached from the top, so not in it.</summary>
    public IReadOnlyList<(Theme Theme, int Depth)> InOrder => _inOrder ??= Walk("", 0).ToList();

    public Theme? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The theme and all themes below it.</summary>
    public IEnumerable<Theme> WithDescendants(Theme theme) =>
        Walk(theme.Id, 0).Select(x => x.Theme).Prepend(theme);

    /// <summary>The ids and those of every theme below them by parent links, also below an id that is no longer in
    /// the tree (a theme just deleted, whose children still name it).</summary>
    public HashSet<string> WithDescendants(IEnumerable<string> ids)
    {
        var reached = new HashSet<string>(ids, StringComparer.Ordinal);
        var children = _byId.Values.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!, StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(c => reached.Add(c.Id))) queue.Enqueue(child.Id);
        }
        return reached;
    }

    /// <summary>The id and its ancestors' by parent links, nearest first, so that <c>theme:resistance</c> finds the
    /// passages coded with its sub-themes; a cycle a damaged project could hold stops at the first id seen again.</summary>
    public IEnumerable<string> SelfAndAncestors(string themeId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? id = themeId; id is not null && seen.Add(id); id = _byId.GetValueOrDefault(id)?.ParentId)
        {
            yield return id;
        }
    }

    private IEnumerable<(Theme Theme, int Depth)> Walk(string parent, int depth)
    {
        foreach (var child in _children[parent].OrderBy(t => t.Order).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            yield return (child, depth);
            foreach (var below in Walk(child.Id, depth + 1)) yield return below;
        }
    }
}
