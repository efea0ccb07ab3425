using Codebook.Core.Tables;
using CsvHelper;

namespace Codebook.Formats.Tables;

/// <summary>A result table as RFC 4180 CSV: a header record, then one record per row, numbers in the invariant culture.</summary>
public static class CsvTable
{
    public static void Write(TextWriter writer, ResultTable result)
    {
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteRecord(result.Columns.Select(c => c.Header).ToArray());
        foreach (var row in result.Rows) csv.WriteRecord(row.Cells.Select(ResultTable.Text).ToArray());
    }
}
