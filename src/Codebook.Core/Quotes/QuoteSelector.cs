using Codebook.Core.Analysis;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Quotes;

/// <summary>Picks quotes (<see cref="QuoteChoice"/>) from a project's codings, or from a query's hits. The index is
/// asked for only when a query is given.</summary>
public sealed partial class QuoteSelector(IProjectStore store, Func<ISearchIndex> search)
{
    public IReadOnlyList<Quote> Select(QuoteChoice choice)
    {
        if (choice.Themes.Count == 0 && choice.Query is null)
        {
            throw new CodebookException(ErrorCode.Usage, "say which quotes to export: one or more themes, or a query", "quotes",
                new ErrorHint(HintKind.ExportQuotesExample));
        }
        var hits = choice.Query is { } query ? search().Search(query, int.MaxValue).Hits : null;
        var restriction = hits is null ? null : PassageRestriction.Of(hits);
        var scope = AnalysisScope.Of(store, restriction);
        var admits = CaseFilter(choice.Where, scope);
        var quotes = choice.HitsOnly
            ? hits!.Select(h => Build(scope, Whole(h.TranscriptId), null, [], h.Span, []))
            : FromCodings(choice, scope);
        return Ordered(quotes.Where(q => admits(q.Case)), choice.Order, scope);
    }

    private IEnumerable<Quote> FromCodings(QuoteChoice choice, AnalysisScope scope)
    {
        var themes = choice.Themes.Select(id => scope.Tree.Find(id) ?? store.RequireTheme(id)).ToList();
        var codings = themes.Count == 0 ? scope.Codings : themes.SelectMany(t => scope.CodingsOf(t, rollup: true)).Distinct();
        var memos = store.Memos().Where(m => m.Target == MemoTarget.Coding).ToLookup(m => m.TargetId, m => m.Text, StringComparer.Ordinal);
        return codings
            .Where(c => choice.Coder is null || c.Coder == choice.Coder)
            .Where(c => choice.Status is null || scope.Tree.Find(c.ThemeId)!.Status == choice.Status)
            .GroupBy(c => (c.TranscriptId, c.Start, c.End, c.ThemeId))
            .Select(same => Build(
                scope,
                Whole(same.Key.TranscriptId),
                scope.Tree.Find(same.Key.ThemeId),
                same.Select(c => c.Coder).Distinct().Order(StringComparer.Ordinal).ToList(),
                same.First().Span,
                same.SelectMany(c => (c.Memo is { } memo ? [memo] : Array.Empty<string>()).Concat(memos[c.Id])).Distinct().ToList()));
    }

    private readonly Dictionary<string, Transcript> _whole = new(StringComparer.Ordinal);

    /// <summary>A quote needs its transcript's text and turns, which the analysis scope does not hold: each transcript
    /// a quote comes from is read once, whole.</summary>
    private Transcript Whole(string transcriptId) =>
        _whole.TryGetValue(transcriptId, out var whole) ? whole : _whole[transcriptId] = store.RequireTranscript(transcriptId);
}
