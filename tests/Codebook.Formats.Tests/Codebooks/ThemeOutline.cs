using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Codebook.Core.Model;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>
/// A readable, complete rendering of themes, used as the expected output of example codebooks:
/// one "* id" line per theme, indented by depth, then its fields; strings are JSON-quoted.
/// </summary>
internal static class ThemeOutline
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(IReadOnlyList<Theme> themes)
    {
        var outline = new StringBuilder();
        var depthOf = new Dictionary<string, int>();
        var lastAtDepth = new List<string>();
        foreach (var theme in themes)
        {
            var depth = theme.ParentId is not null && depthOf.TryGetValue(theme.ParentId, out var parentDepth) ? parentDepth + 1 : 0;
            depthOf[theme.Id] = depth;
            var implied = depth == 0 ? null : lastAtDepth[depth - 1];
            lastAtDepth.RemoveRange(depth, lastAtDepth.Count - depth);
            lastAtDepth.Add(theme.Id);

            var indent = new string(' ', 2 * depth);
            outline.Append(indent).Append("* ").Append(theme.Id).Append(' ').Append(Quote(theme.Label))
                .Append(" order=").Append(theme.Order).Append(" status=").Append(theme.Status);
            Optional(outline, "color", theme.Color);
            Optional(outline, "key", theme.Key);
            Optional(outline, "parent", theme.ParentId == implied ? null : theme.ParentId ?? "(none)");
            outline.Append('\n');

            var fields = indent + "    ";
            foreach (var (language, label) in theme.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                outline.Append(fields).Append("label ").Append(language).Append(' ').Append(Quote(label)).Append('\n');
            }

            if (theme.Definition.Length > 0)
            {
                outline.Append(fields).Append("definition ").Append(Quote(theme.Definition)).Append('\n');
            }

            Items(outline, fields, "include", theme.Include);
            Items(outline, fields, "exclude", theme.Exclude);
            Items(outline, fields, "example", theme.Examples);
            foreach (var (language, hints) in theme.SearchHints.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                Items(outline, fields, $"search {language}", hints);
            }
        }

        return outline.ToString();
    }

    private static void Optional(StringBuilder outline, string name, string? value)
    {
        if (value is not null)
        {
            outline.Append(' ').Append(name).Append('=').Append(value);
        }
    }

    private static void Items(StringBuilder outline, string indent, string name, List<string> items)
    {
        foreach (var item in items)
        {
            outline.Append(indent).Append(name).Append(' ').Append(Quote(item)).Append('\n');
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);
}
