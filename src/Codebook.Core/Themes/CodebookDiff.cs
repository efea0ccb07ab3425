using Codebook.Core.Model;

namespace Codebook.Core.Themes;

/// <summary>Compares two versions of a codebook theme by theme (same id = same theme). A theme gone from the later
/// version is "merged" when a later theme records it in <see cref="Theme.MergedFrom"/>, else "removed"; a new theme is
/// "split" off another when it records <see cref="Theme.SplitFrom"/>, else "added".</summary>
public static class CodebookDiff
{
    public static IReadOnlyList<ThemeDifference> Between(IReadOnlyList<Theme> before, IReadOnlyList<Theme> after)
    {
        var old = before.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var now = after.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var differences = new List<ThemeDifference>();
        foreach (var theme in before.Where(t => !now.ContainsKey(t.Id)))
        {
            differences.Add(after.FirstOrDefault(t => t.MergedFrom.Contains(theme.Id)) is { } target
                ? new ThemeDifference(ThemeDifferenceKind.Merged, theme.Id, theme.Label, target.Id)
                : new ThemeDifference(ThemeDifferenceKind.Removed, theme.Id, theme.Label, null));
        }
        foreach (var theme in after.Where(t => !old.ContainsKey(t.Id)))
        {
            differences.Add(theme.SplitFrom is { } source
                ? new ThemeDifference(ThemeDifferenceKind.Split, source, null, theme.Id)
                : new ThemeDifference(ThemeDifferenceKind.Added, theme.Id, null, theme.Label));
        }
        foreach (var theme in after.Where(t => old.ContainsKey(t.Id)))
        {
            differences.AddRange(Changes(old[theme.Id], theme));
        }
        return differences.OrderBy(d => d.Kind).ThenBy(d => d.Theme, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<ThemeDifference> Changes(Theme before, Theme after)
    {
        if (before.Label != after.Label) yield return new(ThemeDifferenceKind.Renamed, after.Id, before.Label, after.Label);
        if (!SameLabels(before.Labels, after.Labels))
        {
            yield return new(ThemeDifferenceKind.Relabelled, after.Id, Labels(before.Labels), Labels(after.Labels));
        }
        if (before.ParentId != after.ParentId) yield return new(ThemeDifferenceKind.Moved, after.Id, before.ParentId, after.ParentId);
        if (before.Definition != after.Definition) yield return new(ThemeDifferenceKind.Redefined, after.Id, before.Definition, after.Definition);
        var rules = new[]
        {
            ("include", before.Include, after.Include),
            ("exclude", before.Exclude, after.Exclude),
            ("examples", before.Examples, after.Examples),
        }.Where(r => !r.Item2.SequenceEqual(r.Item3)).Select(r => r.Item1).ToList();
        if (rules.Count > 0) yield return new(ThemeDifferenceKind.RulesChanged, after.Id, null, string.Join(", ", rules));
    }

    private static bool SameLabels(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var label) && label == x.Value);

    private static string Labels(Dictionary<string, string> labels) =>
        string.Join(", ", labels.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}: {x.Value}"));
}
