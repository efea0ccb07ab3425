using Codebook.Core.Cases;
using Codebook.Core.Model;
using Codebook.Core.Tables;

namespace Codebook.Formats.Cases;

/// <summary>The project's cases as a table: id, name, transcripts, then one column per attribute (numbers as
/// numbers). <c>cases import</c> reads it back: the id is its key, and the name and transcripts columns are no
/// attributes.</summary>
public static class CaseTable
{
    public const string IdColumn = "case";
    public const string NameColumn = CaseImport.NameColumn;
    public const string TranscriptsColumn = CaseImport.TranscriptsColumn;

    /// <summary>The columns a case table writes that are not attributes.</summary>
    public static readonly IReadOnlyList<string> OwnColumns = [IdColumn, NameColumn, TranscriptsColumn];

    public static ResultTable Of(IReadOnlyList<Case> cases, IReadOnlyList<Transcript> transcripts, AttributeTypes types)
    {
        var attributes = cases.SelectMany(c => c.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var byCase = transcripts.Where(t => t.CaseId is not null).ToLookup(t => t.CaseId!, StringComparer.Ordinal);
        var columns = OwnColumns.Select(c => new TableColumn(c))
            .Concat(attributes.Select(a => new TableColumn(a, Numeric: types.TypeOf(a) == AttributeType.Number))).ToList();
        var rows = cases.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new TableRow(
            new object[] { c.Id, c.Name, string.Join(" ", byCase[c.Id].Select(t => t.Id)) }
                .Concat(attributes.Select(a => Cell(c.Attributes.GetValueOrDefault(a), types.TypeOf(a)))).ToList())).ToList();
        return new ResultTable("cases", columns, rows);
    }

    private static object Cell(string? value, AttributeType type) =>
        type == AttributeType.Number && AttributeValues.TryNumber(value, out var number) ? number : value ?? "";
}
