using System.Text.Json;
using CsvHelper;

namespace Codebook.Cli.Tests;

/// <summary>An analysis table read back from CSV, Markdown or JSON output, as a header and rows of cell texts, so the
/// formats can be compared with each other.</summary>
internal sealed record ParsedTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static ParsedTable FromCsv(string text)
    {
        using var reader = CsvReader.Create(new StringReader(text), options: null, leaveOpen: false);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in reader)
        {
            var cells = new List<string>();
            for (int i = 0; i < row.FieldCount; i++) cells.Add(row.GetString(i));
            rows.Add(cells);
        }
        return new ParsedTable(reader.Headers.ToList(), rows);
    }

    /// <summary>The pipe table under the heading; the line of dashes is skipped.</summary>
    public static ParsedTable FromMarkdown(string text)
    {
        var lines = text.Split('\n').Where(l => l.StartsWith('|')).Select(Cells).ToList();
        return new ParsedTable(lines[0], lines.Skip(2).ToList());
    }

    public static ParsedTable FromJson(string text)
    {
        var root = JsonDocument.Parse(text).RootElement;
        var header = root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var rows = root.GetProperty("rows").EnumerateArray()
            .Select(r => (IReadOnlyList<string>)header.Select(h => Text(r.GetProperty(h))).ToList()).ToList();
        return new ParsedTable(header, rows);
    }

    /// <summary>The cells of the row whose first cell is <paramref name="first"/>, after it.</summary>
    public IReadOnlyList<string> Row(string first) => Rows.Single(r => r[0] == first).Skip(1).ToList();

    public override string ToString() =>
        string.Join("\n", Rows.Prepend(Header).Select(r => string.Join(" | ", r)));

    private static List<string> Cells(string line) =>
        line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToList();

    private static string Text(JsonElement cell) =>
        cell.ValueKind == JsonValueKind.String ? cell.GetString()! : cell.GetRawText();
}
