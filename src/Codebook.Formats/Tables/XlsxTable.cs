using Codebook.Core.Tables;

using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Codebook.Formats.Tables;

/// <summary>A result table as the first sheet of an .xlsx workbook: a header row, then one row per table row,
/// numbers as numbers so the spreadsheet can sum and sort them.</summary>
public static class XlsxTable
{
    public static void Write(string path, ResultTable table)
    {
        var headers = UniqueHeaders(table.Columns);
        var rows = table.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (int i = 0; i < headers.Count; i++) cells[headers[i]] = i < row.Cells.Count ? row.Cells[i] : null;
            return (IDictionary<string, object?>)cells;
        }).ToList();
        // With no row, MiniExcel would write no header either: one empty row keeps the columns.
        if (rows.Count == 0) rows.Add(headers.ToDictionary(h => h, _ => (object?)null));
        MiniExcel.SaveAs(path, rows, printHeader: true, sheetName: Sheet(table.Title), overwriteFile: true);
    }

    /// <summary>A dictionary row needs distinct keys: a repeated header gets its position after it.</summary>
    private static List<string> UniqueHeaders(IReadOnlyList<TableColumn> columns)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return columns.Select((c, i) => seen.Add(c.Header) ? c.Header : $"{c.Header} ({i + 1})").ToList();
    }

    /// <summary>Sheet names are at most 31 characters, without <c>[]:*?/\</c>.</summary>
    private static string Sheet(string title)
    {
        var name = new string(title.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(31, name.Length)];
    }
}
