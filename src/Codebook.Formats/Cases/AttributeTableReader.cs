using System.Globalization;
using System.Text;
using Codebook.Core.Cases;
using Codebook.Core.Errors;
using CsvHelper;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Codebook.Formats.Cases;

/// <summary>Reads a participants' table from a CSV file (any of the usual separators, found from the first lines)
/// or the first sheet of an .xlsx workbook. Numbers keep the invariant culture's form and dates become ISO days, as
/// attributes are written.</summary>
public static class AttributeTableReader
{
    public static AttributeTable Read(string path)
    {
        if (!File.Exists(path)) throw new CodebookException(ErrorCode.NotFound, "no such file", path, "check the path");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" or ".tsv" or ".txt" => ReadCsv(path),
                ".xlsx" => ReadXlsx(path),
                _ => throw new CodebookException(ErrorCode.Usage, $"cannot read '{extension}' files as a table", path,
                    "save the table as .xlsx or .csv (UTF-8)"),
            };
        }
        catch (Exception e) when (e is not CodebookException)
        {
            throw new CodebookException(ErrorCode.BadExchangeFile, $"cannot read the table: {e.Message}", path,
                extension == ".xlsx" ? "open it in a spreadsheet and save it again as .xlsx, or save it as .csv" : "check that it is a CSV file in UTF-8", e);
        }
    }

    private static AttributeTable ReadCsv(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return ReadCsv(text, path);
    }

    /// <summary>A table from CSV text; <paramref name="source"/> names it in messages.</summary>
    public static AttributeTable ReadCsv(TextReader text, string source)
    {
        using var reader = CsvReader.Create(text, new CsvReaderOptions { TrackLineNumbers = true }, leaveOpen: true);
        var rows = new List<AttributeRow>();
        foreach (var row in reader)
        {
            var cells = new List<string>();
            for (int i = 0; i < row.FieldCount; i++) cells.Add(row.GetString(i).Trim());
            rows.Add(new AttributeRow((int)reader.LineNumber, cells));
        }
        return new AttributeTable(source, reader.Headers.Select(h => h.Trim()).ToList(), rows);
    }

    private static AttributeTable ReadXlsx(string path)
    {
        var sheet = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        if (sheet.Count == 0) return new AttributeTable(path, [], []);
        var rows = sheet.Select((cells, i) => new AttributeRow(i + 1, cells.Values.Select(Text).ToList())).ToList();
        return new AttributeTable(path, rows[0].Cells, rows.Skip(1).ToList());
    }

    /// <summary>A cell as an attribute's text.</summary>
    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime { TimeOfDay.Ticks: 0 } day => day.ToString(AttributeValues.DateFormat, CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? "",
    };
}
