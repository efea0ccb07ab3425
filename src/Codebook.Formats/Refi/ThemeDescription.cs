using System.Text;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>A code's <c>Description</c>, the one text REFI-QDA gives a code: the theme's definition, then its rules
/// and examples as short labelled lists, so that other tools show all of it and an import of our own export gets
/// back the same theme. A description read from another tool is written back exactly as it was while the theme
/// still says the same. The theme's id does not travel here: its code's GUID stands for it (<see cref="RefiGuid.OfTheme"/>).</summary>
internal static class ThemeDescription
{
    private const string Include = "Include:";
    private const string Exclude = "Exclude:";
    private const string Examples = "Examples:";

    /// <summary>The last line older exports of Codebook appended; still read, so that those files find their themes.</summary>
    private const string IdLabel = "Codebook id: ";

    public static string Write(Theme theme)
    {
        if (theme.Exchange?.Description is { } original && SaysTheSame(original, theme)) return original;
        var text = new StringBuilder(theme.Definition.Trim());
        List(text, Include, theme.Include);
        List(text, Exclude, theme.Exclude);
        List(text, Examples, theme.Examples);
        return text.ToString();
    }

    /// <summary>Fills the definition, rules and examples of <paramref name="theme"/>; returns the id an older export's
    /// description names, if any.</summary>
    public static string? Read(string? description, Theme theme)
    {
        if (string.IsNullOrWhiteSpace(description)) return null;
        var lines = description.Replace("\r\n", "\n").Split('\n').ToList();
        string? id = null;
        if (lines.FindLastIndex(l => l.Trim().Length > 0) is var last and >= 0 && lines[last].StartsWith(IdLabel, StringComparison.Ordinal))
        {
            id = lines[last][IdLabel.Length..].Trim();
            lines.RemoveRange(last, lines.Count - last);
        }
        var definition = new List<string>();
        List<string>? list = null;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            switch (trimmed)
            {
                case Include: list = theme.Include; continue;
                case Exclude: list = theme.Exclude; continue;
                case Examples: list = theme.Examples; continue;
            }
            if (list is not null && trimmed.StartsWith("- ", StringComparison.Ordinal)) list.Add(trimmed[2..].Trim());
            else if (list is null) definition.Add(line);
            else if (trimmed.Length > 0) list.Add(trimmed);
        }
        theme.Definition = string.Join('\n', definition).Trim();
        return id is not null && ThemeRules.IsId(id) ? id : null;
    }

    private static bool SaysTheSame(string description, Theme theme)
    {
        var read = new Theme();
        Read(description, read);
        return read.Definition == theme.Definition.Trim() && read.Include.SequenceEqual(theme.Include)
            && read.Exclude.SequenceEqual(theme.Exclude) && read.Examples.SequenceEqual(theme.Examples);
    }

    private static void List(StringBuilder text, string label, List<string> items)
    {
        if (items.Count == 0) return;
        if (text.Length > 0) text.Append("\n\n");
        text.Append(label);
        foreach (var item in items) text.Append("\n- ").Append(item.Trim());
    }
}
