using System.Globalization;
using Codebook.Core.Analysis;

namespace Codebook.Core.Tables;

/// <summary>Saturation as a table: one row per coded interview, in the order coding began on them.</summary>
public static class SaturationTable
{
    public static ResultTable From(IReadOnlyList<SaturationStep> steps) => new(
        "Saturation: new themes per interview, in coding order",
        [new("#", Numeric: true), new("transcript"), new("first coded"), new("themes", Numeric: true),
            new("new", Numeric: true, Bar: true), new("cumulative", Numeric: true), new("new themes")],
        steps.Select(s => new TableRow(
            [s.Position, s.Transcript.Id, s.FirstCodedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.Themes,
                s.NewThemes.Count, s.Cumulative, string.Join(" ", s.NewThemes.Select(t => t.Id))])).ToList());
}
