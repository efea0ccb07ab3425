using System.Globalization;

namespace Codebook.Core.Tables;

/// <summary>What an analysis prints, independent of the format it prints in.</summary>
public sealed record ResultTable(string Title, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows)
{
    /// <summary>A cell as text: numbers in the invariant culture, so files read the same everywhere.</summary>
    public static string Text(object cell) => cell switch
    {
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
