using Codebook.Core.Model;
using Codebook.Core.Text;
using Codebook.Core.Themes;

namespace Codebook.Cli.Output;

/// <summary>The codebook as an indented tree: id, label, shortcut key, colour, status and coding counts.</summary>
public static class ThemeTreeView
{
    public static void Print(TextWriter output, ThemeTree tree, IReadOnlyDictionary<string, int> codings)
    {
        if (tree.InOrder.Count == 0)
        {
            output.WriteLine("No themes yet. Import a codebook with: codebook themes import FILE.md");
            return;
        }
        var width = tree.InOrder.Max(x => x.Depth * 2 + x.Theme.Id.Length);
        foreach (var (theme, depth) in tree.InOrder)
        {
            var own = codings.GetValueOrDefault(theme.Id);
            var total = tree.WithDescendants(theme).Sum(t => codings.GetValueOrDefault(t.Id));
            var key = theme.Key is null ? "   " : $"[{theme.Key}]";
            var count = total == own ? $"{own}" : $"{own} ({total} with sub-themes)";
            var id = new string(' ', depth * 2) + theme.Id;
            output.WriteLine($"{id.PadRight(width)}  {key}  {theme.Color ?? "       "}  {ThemeRules.StatusName(theme.Status),-9}  {count,4}  {theme.Label}");
        }
        output.WriteLine($"{Counted.Of(tree.InOrder.Count, "theme")}, {Counted.Of(codings.Values.Sum(), "coding")}.");
    }
}
