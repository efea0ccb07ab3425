using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util.Automaton;

namespace Codebook.Search.Hits;

/// <summary>What marks a word of one text field for a query, read once per query instead of once per hit: the words
/// it names, the wildcard and prefix patterns, and the phrases, which mark their words only where the whole phrase
/// occurs. It reproduces what the highlighter's <see cref="QueryScorer"/> extracts from the same query (terms of
/// clauses that are not prohibited, a phrase as an unordered <see cref="SpanNearQuery"/> unless exact), so the marks
/// are the same; queries of other kinds (fuzzy, ranges, boosts of zero) get null and go to the highlighter. One per
/// query, asked about its hits in the order of their document numbers (<see cref="PhraseSpans"/>).</summary>
internal sealed class QueryTerms
{
    private readonly Dictionary<string, FieldTerms> fields = new(StringComparer.Ordinal);

    private QueryTerms()
    {
    }

    /// <summary>The words of <paramref name="field"/> the query names, or null when it names none.</summary>
    public FieldTerms? For(string field) => fields.GetValueOrDefault(field);

    /// <summary>The plan for <paramref name="query"/>, or null when it holds a kind of query not planned here.</summary>
    public static QueryTerms? Of(Query query)
    {
        var terms = new QueryTerms();
        return terms.Add(query) ? terms : null;
    }

    private FieldTerms Field(string name)
    {
        if (!fields.TryGetValue(name, out var terms)) fields[name] = terms = new FieldTerms();
        return terms;
    }

    private bool Add(Query query)
    {
        // A weight of zero or less scores nothing in the highlighter; leave such queries to it.
        if (!(query.Boost > 0)) return false;
        switch (query)
        {
            case BooleanQuery boolean:
                return boolean.Clauses.Where(c => !c.IsProhibited).All(c => Add(c.Query));
            case TermQuery term:
                Field(term.Term.Field).Words.Add(term.Term.Text);
                return true;
            case PhraseQuery phrase:
                AddPhrase(phrase);
                return true;
            case WildcardQuery wildcard:
                var automaton = new CharacterRunAutomaton(WildcardQuery.ToAutomaton(wildcard.Term));
                Field(wildcard.Field).Patterns.Add(automaton.Run);
                return true;
            case PrefixQuery prefix:
                var start = prefix.Prefix.Text;
                Field(prefix.Field).Patterns.Add(word => word.StartsWith(start, StringComparison.Ordinal));
                return true;
            default:
                return false;
        }
    }

    /// <summary>As the highlighter turns a phrase into spans: the largest gap between its positions (a stop word
    /// left out) is added to the slop, and only an exact phrase must keep its order.</summary>
    private void AddPhrase(PhraseQuery phrase)
    {
        var words = phrase.GetTerms();
        if (words.Length == 0) return;
        int slop = phrase.Slop;
        var positions = phrase.GetPositions();
        int largestGap = 0;
        for (int i = 1; i < positions.Length; i++) largestGap = Math.Max(largestGap, positions[i] - positions[i - 1]);
        if (largestGap > 1) slop += largestGap;
        var near = new SpanNearQuery(words.Select(w => (SpanQuery)new SpanTermQuery(w)).ToArray(), slop, slop == 0);
        Field(words[0].Field).Phrases.Add(new PhraseSpans(near, words.Select(w => w.Text).ToHashSet(StringComparer.Ordinal)));
    }
}
