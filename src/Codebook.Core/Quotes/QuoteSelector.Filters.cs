using Codebook.Core.Analysis;
using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Quotes;

public sealed partial class QuoteSelector
{
    /// <summary>Cases whose attributes match every condition; an attribute no case has is a mistake worth naming.</summary>
    private static Func<Case, bool> CaseFilter(IReadOnlyDictionary<string, string> where, AnalysisScope scope)
    {
        var known = scope.Cases().SelectMany(c => c.Attributes.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var name in where.Keys.Where(k => !known.Contains(k)))
        {
            throw new CodebookException(ErrorCode.Usage, $"no case has the attribute '{name}'", "attribute filter",
                $"the cases' attributes are: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        }
        return @case => where.All(w => @case.Attributes.TryGetValue(w.Key, out var value) && string.Equals(value, w.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static IReadOnlyList<Quote> Ordered(IEnumerable<Quote> quotes, QuoteOrder order, AnalysisScope scope)
    {
        var interview = scope.Transcripts.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var codebook = scope.Tree.InOrder.Select((t, i) => (t.Theme.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        int ThemeRank(Quote q) => q.Theme is null ? -1 : codebook[q.Theme.Id];
        int Interview(Quote q) => interview[q.Transcript.Id];
        var ordered = order == QuoteOrder.Theme ? quotes.OrderBy(ThemeRank).ThenBy(Interview) : quotes.OrderBy(Interview);
        return ordered.ThenBy(q => q.Span.Start).ThenBy(q => q.Span.End).ThenBy(ThemeRank).ToList();
    }
}
