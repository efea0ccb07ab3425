using Codebook.Core.Codings;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Search;
using Codebook.Core.Text;
using Codebook.Core.Time;

namespace Codebook.Core.AutoCoding;

/// <summary>Applies a theme to every hit of a query: a preview first, then one logged change that undo takes back whole.</summary>
public sealed class AutoCodeService(IProjectStore store, ISearchIndex index, Coder coder, IClock clock)
{
    /// <summary>What <see cref="Apply"/> would code. Changes nothing.</summary>
    public AutoCodePlan Preview(string query, string themeId, AutoCodeUnit unit)
    {
        var theme = store.RequireTheme(themeId);
        var hits = index.Search(query, int.MaxValue).Hits;
        var coded = store.Codings().Where(c => c.ThemeId == theme.Id && c.Coder == coder.Name)
            .Select(c => (c.TranscriptId, c.Span)).ToHashSet();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var spans = hits.SelectMany(hit => SpansOf(hit, unit, texts).Select(span => new AutoCodeTarget(hit, span))).ToList();
        var fresh = spans.Where(t => !coded.Contains((t.Hit.TranscriptId, t.Span))).ToList();
        int withoutWords = unit == AutoCodeUnit.Match ? hits.Count(h => h.Matches.Count == 0) : 0;
        return new AutoCodePlan(query, theme, unit, hits.Count, fresh, spans.Count - fresh.Count, withoutWords);
    }

    /// <summary>Codes the plan's spans in one change. Nothing to code is refused, so the log only holds real changes.</summary>
    public IReadOnlyList<Coding> Apply(AutoCodePlan plan)
    {
        plan.RequireSomethingToCode();
        var make = new NewCodings(store.Codings(), coder, clock.UtcNow);
        var added = plan.Targets.Select(t => make.For(t.Hit.TranscriptId, plan.Theme.Id, t.Span)).ToList();
        var summary = $"autocoded {plan.Describe(added.Count)} in {Counted.Of(plan.Transcripts, "transcript")} with {plan.Theme.Id} (query: {plan.Query})";
        store.Commit(coder.Name, "autocode", summary, changes => added.ForEach(changes.Put));
        return added;
    }

    /// <summary>Stemmed phrases skip stop words ("tableaux de bord" marks "tableaux" and "bord"), so marks a space or
    /// one word apart belong together; punctuation keeps them apart.</summary>
    private static bool OneWordAtMost(string gap) => gap.Length > 0 && gap.Trim().All(char.IsLetter);

    /// <summary>The passage, or its matched words with runs joined (a phrase is one span).</summary>
    private IEnumerable<TextSpan> SpansOf(SearchHit hit, AutoCodeUnit unit, Dictionary<string, string> texts)
    {
        if (unit == AutoCodeUnit.Passage) return [hit.Span];
        if (hit.Matches.Count == 0) return [];
        if (!texts.TryGetValue(hit.TranscriptId, out var text))
        {
            text = texts[hit.TranscriptId] = store.RequireTranscript(hit.TranscriptId).Text;
        }
        var joined = new List<TextSpan>();
        foreach (var match in hit.Matches)
        {
            if (joined.Count > 0 && OneWordAtMost(text[joined[^1].End..match.Start]))
            {
                joined[^1] = new TextSpan(joined[^1].Start, match.End);
            }
            else joined.Add(match);
        }
        return joined;
    }
}
