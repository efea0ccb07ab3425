using Codebook.Core.Framework;
using Codebook.Core.Quotes;

namespace Codebook.Formats.Framework;

/// <summary>How a framework cell reads in a grid: its summary, then how many passages it holds.</summary>
public static class FrameworkCellText
{
    public static string Of(FrameworkSheetCell cell) =>
        cell.IsEmpty ? "" : cell.Summary.Length == 0 ? Count(cell.Passages) : $"{cell.Summary}\n({Count(cell.Passages)})";

    public static string Count(int passages) => passages == 1 ? "1 passage" : $"{passages} passages";

    /// <summary>A quote on one line with its citation: "« … » (Nadia, frontline-worker, fr01-nadia, l. 12)".</summary>
    public static string Quote(ExportedQuote quote) => $"« {string.Join(' ', quote.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))} » ({quote.Citation})";
}
