using Codebook.Core.Model;
using Codebook.Core.Themes;
using Codebook.Tui.Themes;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Detail;

/// <summary>A theme as the detail pane shows it: labels, key, definition, what to include and exclude.</summary>
public static class ThemeDetail
{
    public static IEnumerable<DetailLine> Of(Theme theme, ThemeTree tree)
    {
        var labels = string.Join(" · ", theme.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}: {l.Value}"));
        var heading = theme.Key is null ? Names.Format(Strings.ThemeHeading, ThemeLabel.Of(theme), theme.Id, Names.Status(theme.Status))
            : Names.Format(Strings.ThemeHeadingWithKey, ThemeLabel.Of(theme), theme.Id, theme.Key, Names.Status(theme.Status));
        yield return new DetailLine(heading, ThemeColors.Of(theme), Bold: true);
        if (labels.Length > 0) yield return new DetailLine(labels);
        if (theme.ParentId is { } parent && tree.Find(parent) is { } p) yield return new DetailLine(Names.Format(Strings.ThemeUnder, ThemeLabel.Of(p)));
        if (theme.Definition.Length > 0) yield return new DetailLine(theme.Definition);
        foreach (var rule in theme.Include) yield return new DetailLine($"+ {rule}");
        foreach (var rule in theme.Exclude) yield return new DetailLine($"− {rule}");
    }
}
