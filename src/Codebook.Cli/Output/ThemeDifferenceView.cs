using Codebook.Core.Text;
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
        foreach (var d in differences) output.WriteLine($"{d.KindName,-10} {d.Theme.PadRight(width)}  {d.Describe()}");
        output.WriteLine($"{Counted.Of(differences.Count, "difference")}.");
    }
}
