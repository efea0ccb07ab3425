using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Formats.Refi;

/// <summary>Finds which way a file counts positions: the reading under which every selection fits its text and the
/// most selections start and end on word boundaries, as a person's selections do. Where readings tie, the tool the
/// file names, then the standard, win.</summary>
internal static class OffsetDetector
{
    public sealed record Selection(SourceText Source, long Start, long End);

    public static OffsetConvention Detect(IReadOnlyList<Selection> selections, string? origin, RefiReport report)
    {
        if (selections.Count == 0) return OffsetConvention.OfOrigin(origin) ?? OffsetConvention.Standard;
        var preferred = OffsetConvention.OfOrigin(origin);
        var scored = OffsetConvention.All
            .Select(convention => (Convention: convention, Score: Score(convention, selections)))
            .OrderByDescending(x => x.Score.Fit).ThenByDescending(x => x.Score.OnBoundaries)
            .ThenBy(x => x.Convention == preferred ? 0 : 1).ThenBy(x => OffsetConvention.All.ToList().IndexOf(x.Convention))
            .ToList();
        var (best, score) = scored[0];
        var allAgree = scored.All(x => Same(x.Convention, best, selections));
        report.Convention = allAgree
            ? $"{best.Name}; every convention reads these positions the same"
            : $"{best.Name}: {score.OnBoundaries} of {selections.Count * 2} selection starts and ends fall on word boundaries read that way";
        return best;
    }

    private static (int Fit, int OnBoundaries) Score(OffsetConvention convention, IReadOnlyList<Selection> selections)
    {
        int fit = 0, onBoundaries = 0;
        foreach (var selection in selections)
        {
            if (selection.Source.Map(convention, selection.Start, selection.End) is not { } span) continue;
            fit++;
            var text = selection.Source.Text;
            if (Words.IsBoundary(text, span.Start)) onBoundaries++;
            if (Words.IsBoundary(text, span.End)) onBoundaries++;
        }
        return (fit, onBoundaries);
    }

    private static bool Same(OffsetConvention a, OffsetConvention b, IReadOnlyList<Selection> selections) =>
        selections.All(s => s.Source.Map(a, s.Start, s.End) == s.Source.Map(b, s.Start, s.End));

}
