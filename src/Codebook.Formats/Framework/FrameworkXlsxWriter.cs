using Codebook.Core.Framework;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Codebook.Formats.Framework;

/// <summary>The framework matrix as a spreadsheet: a sheet "Framework" with a row per case and a column per theme,
/// each cell its summary and number of passages; with quotes, a second sheet "Quotes" with a row per quote (case,
/// theme, quote, citation).</summary>
public static class FrameworkXlsxWriter
{
    public const string CaseHeader = "case";
    public const string GridSheet = "Framework";
    public const string QuotesSheet = "Quotes";

    public static void Write(Stream stream, FrameworkSheet sheet, bool quotes)
    {
        var grid = sheet.Rows.Select(row =>
        {
            var line = new Dictionary<string, object> { [CaseHeader] = row.Case };
            foreach (var cell in row.Cells) line[cell.ThemeId] = FrameworkCellText.Of(cell);
            return line;
        }).ToList();
        var sheets = new Dictionary<string, object> { [GridSheet] = grid.Count > 0 ? grid : [Header(sheet)] };
        if (quotes)
        {
            sheets[QuotesSheet] = sheet.Rows
                .SelectMany(row => row.Cells.SelectMany(cell => cell.Quotes.Select(q => new Dictionary<string, object>
                {
                    [CaseHeader] = row.Case, ["theme"] = cell.ThemeId, ["quote"] = q.Text, ["citation"] = q.Citation,
                })))
                .ToList();
        }
        var widths = sheet.Themes.Select(t => new DynamicExcelColumn(t.Id) { Width = 40 }).Prepend(new DynamicExcelColumn(CaseHeader) { Width = 18 });
        stream.SaveAs(sheets, configuration: new OpenXmlConfiguration { DynamicColumns = [.. widths] });
    }

    /// <summary>A project without cases still gets its header row.</summary>
    private static Dictionary<string, object> Header(FrameworkSheet sheet) =>
        sheet.Themes.Select(t => t.Id).Prepend(CaseHeader).ToDictionary(h => h, _ => (object)"");
}
