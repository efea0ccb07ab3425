using Codebook.Cli.Output;
using Codebook.Core.Tables;

namespace Codebook.Cli.Tables;

/// <summary>A result table as JSON: the title, the column headers, and each row as an object keyed by header,
/// numbers as numbers.</summary>
public static class JsonTable
{
    public static void Write(TextWriter writer, ResultTable result)
    {
        var rows = result.Rows.Select(row => result.Columns.Select((c, i) => (c.Header, Cell: row.Cells[i]))
            .ToDictionary(x => x.Header, x => x.Cell));
        Json.Write(writer, new TableJson(result.Title, result.Columns.Select(c => c.Header), rows), Json.Types.TableJson);
    }
}

/// <summary>A result table as <see cref="JsonTable"/> prints it; cells are strings, ints or doubles.</summary>
public sealed record TableJson(string Title, IEnumerable<string> Columns, IEnumerable<Dictionary<string, object>> Rows);
