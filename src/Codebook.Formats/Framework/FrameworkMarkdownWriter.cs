using Codebook.Core.Framework;

namespace Codebook.Formats.Framework;

/// <summary>The framework matrix as Markdown: a pipe table with a row per case and a column per theme (summary and
/// number of passages in each cell), then, with quotes, a section per case with each theme's quotes.</summary>
public static class FrameworkMarkdownWriter
{
    public static void Write(TextWriter writer, FrameworkSheet sheet, bool quotes)
    {
        writer.WriteLine("# Framework matrix");
        writer.WriteLine();
        writer.WriteLine("| case | " + string.Join(" | ", sheet.Themes.Select(t => Escape(t.Id))) + " |");
        writer.WriteLine("|---|" + string.Concat(sheet.Themes.Select(_ => "---|")));
        foreach (var row in sheet.Rows)
        {
            writer.WriteLine($"| {Escape(row.Case)} | " + string.Join(" | ", row.Cells.Select(c => Escape(FrameworkCellText.Of(c)))) + " |");
        }
        if (!quotes) return;
        foreach (var row in sheet.Rows.Where(r => r.Cells.Any(c => c.Quotes.Count > 0)))
        {
            writer.WriteLine();
            writer.WriteLine($"## {row.Case}");
            foreach (var cell in row.Cells.Where(c => c.Quotes.Count > 0))
            {
                writer.WriteLine();
                writer.WriteLine($"### {cell.ThemeId}");
                if (cell.Summary.Length > 0)
                {
                    writer.WriteLine();
                    writer.WriteLine(cell.Summary);
                }
                foreach (var quote in cell.Quotes)
                {
                    writer.WriteLine();
                    writer.WriteLine("> " + string.Join("\n> ", quote.Text.Split('\n')));
                    writer.WriteLine($">");
                    writer.WriteLine($"> ({quote.Citation})");
                }
            }
        }
    }

    /// <summary>A pipe table's cell: pipes escaped, line breaks as &lt;br&gt; (which Pandoc and GitHub both read).</summary>
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
