using Codebook.Core.Analysis;

namespace Codebook.Core.Tables;

/// <summary>Co-occurring theme pairs as a table, most meetings first.</summary>
public static class CoOccurrenceTable
{
    public static ResultTable From(IReadOnlyList<ThemePair> pairs, CoOccurrenceMode mode) => new(
        $"Co-occurring themes ({mode})",
        [new("theme"), new("with"), new("meetings", Numeric: true, Bar: true), new("ratio", Numeric: true),
            new("theme codings", Numeric: true), new("with codings", Numeric: true)],
        pairs.Select(p => new TableRow(
            [p.First.Id, p.Second.Id, p.Meetings, Math.Round(p.Ratio, 3), p.FirstCodings, p.SecondCodings])).ToList());
}
