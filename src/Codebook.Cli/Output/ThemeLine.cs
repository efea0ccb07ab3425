using Codebook.Core.Model;

namespace Codebook.Cli.Output;

/// <summary>A theme on one line, as the theme commands confirm what they did.</summary>
public static class ThemeLine
{
    public static string Of(Theme theme)
    {
        var parts = new List<string> { theme.Id, $"\"{theme.Label}\"" };
        parts.AddRange(theme.Labels.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}: \"{x.Value}\""));
        parts.Add(theme.ParentId is null ? "(top)" : $"under {theme.ParentId}");
        if (theme.Key is not null) parts.Add($"[{theme.Key}]");
        if (theme.Color is not null) parts.Add(theme.Color);
        parts.Add(ThemeRules.StatusName(theme.Status));
        return string.Join(' ', parts);
    }
}
