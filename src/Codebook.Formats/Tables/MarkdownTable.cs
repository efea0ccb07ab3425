using Codebook.Core.Tables;

namespace Codebook.Formats.Tables;

/// <summary>A result table as a Markdown pipe table under a level-2 heading, ready for a report or Pandoc.</summary>
public static class MarkdownTable
{
    public static void Write(TextWriter writer, ResultTable result)
    {
        writer.WriteLine($"## {result.Title}");
        writer.WriteLine();
        writer.WriteLine(Line(result.Columns.Select(c => c.Header)));
        writer.WriteLine(Line(result.Columns.Select(c => c.Numeric ? "---:" : "---")));
        foreach (var row in result.Rows)
        {
            writer.WriteLine(Line(row.Cells.Select(ResultTable.Text)));
        }
    }

    private static string Line(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|").Replace("\n", " "))) + " |";
}
