using Codebook.Core.Model;
using Codebook.Core.Themes;

namespace Codebook.Cli.Output;

/// <summary>A codebook diff, one change a line: kind, theme, and what it was and became.</summary>
public static class ThemeDifferenceView
{
    public static void Print(TextWriter output, IReadOnlyList<ThemeDifference> differences)
    {
        if (differences.Count == 0)
        {
            output.WriteLine("No differences.");
            return;
        }
        var width = differences.Max(d => d.Theme.Length);
        foreach (var d in differences) output.WriteLine($"{Name(d.Kind),-10} {d.Theme.PadRight(width)}  {Describe(d)}");
        output.WriteLine($"{differences.Count} differences.");
    }

    private static string Name(ThemeDifferenceKind kind) => kind switch
    {
        ThemeDifferenceKind.RulesChanged => "rules",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Describe(ThemeDifference d) => d.Kind switch
    {
        ThemeDifferenceKind.Added => $"\"{d.After}\"",
        ThemeDifferenceKind.Removed => $"\"{d.Before}\"",
        ThemeDifferenceKind.Merged => $"into {d.After}",
        ThemeDifferenceKind.Split => $"into new theme {d.After}",
        ThemeDifferenceKind.Moved => $"from {d.Before ?? "the top"} to {d.After ?? "the top"}",
        ThemeDifferenceKind.Redefined => $"\"{Excerpt.Of(d.Before ?? "")}\" -> \"{Excerpt.Of(d.After ?? "")}\"",
        ThemeDifferenceKind.RulesChanged => $"changed: {d.After}",
        _ => $"\"{d.Before}\" -> \"{d.After}\"",
    };
}
