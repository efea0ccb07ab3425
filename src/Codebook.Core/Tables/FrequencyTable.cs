using Codebook.Core.Analysis;

namespace Codebook.Core.Tables;

/// <summary>Theme frequencies as a table, one row per theme in codebook order.</summary>
public static class FrequencyTable
{
    public static ResultTable From(IReadOnlyList<ThemeFrequency> rows, bool rollup) => new(
        rollup ? "Theme frequencies (with sub-themes)" : "Theme frequencies",
        [new("theme"), new("label"), new("codings", Numeric: true, Bar: true), new("passages", Numeric: true),
            new("cases", Numeric: true), new("words", Numeric: true)],
        rows.Select(r => new TableRow([r.Theme.Id, r.Theme.Label, r.Codings, r.Passages, r.Cases, r.Words], r.Depth)).ToList());
}
