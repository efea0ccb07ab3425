using System.Collections.Concurrent;
using Codebook.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Hits;

/// <summary>A hit's text cut into words once, and the term each word becomes in a text field, remembered from hit
/// to hit and query to query. The fields' filters are token-local (<see cref="Analyzers.TextFilters"/>), so a word
/// gives the same term wherever it stands: the filters (lower-casing through ICU, stemming) run once per distinct
/// word instead of once per word of every hit, and the marks are those the whole chain would give. One per index;
/// safe to use from several threads.</summary>
internal sealed class PassageWords : IDisposable
{
    /// <summary>Words remembered per field before starting over: a few megabytes at most.</summary>
    private const int MaxWords = 50_000;

    private readonly Analyzer words = Analyzers.Words();
    private readonly Dictionary<string, FieldWords> fields =
        Analyzers.TextFilters.ToDictionary(field => field.Key, field => new FieldWords(words => field.Value(words, AnalysisMode.Index)), StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/> in order, with the positions and offsets every text field gives them.</summary>
    public TokenStream Cut(string text) => words.GetTokenStream(string.Empty, text);

    /// <summary>What <paramref name="word"/>, as cut by <see cref="Cut"/>, becomes in <paramref name="field"/>: its
    /// terms, all at the word's position (an elided form and its bare word, a form of two verbs), none when the field
    /// leaves it out (a stop word).</summary>
    public string[] Terms(string field, ReadOnlySpan<char> word) => fields[field].Terms(word);

    public void Dispose()
    {
        words.Dispose();
        foreach (var field in fields.Values) field.Dispose();
    }

    private sealed class FieldWords : IDisposable
    {
        private readonly ConcurrentDictionary<string, string[]> terms = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> byWord;
        private int count;

        /// <summary>The field's filters over one word, read whole as a single token.</summary>
        private readonly Analyzer chain;

        public FieldWords(Func<TokenStream, TokenStream> filter)
        {
            byWord = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            chain = Analyzer.NewAnonymous((_, reader) =>
            {
                var source = new KeywordTokenizer(reader);
                return new TokenStreamComponents(source, filter(source));
            });
        }

        public string[] Terms(ReadOnlySpan<char> word)
        {
            if (byWord.TryGetValue(word, out var known)) return known;
            var text = word.ToString();
            var term = Analyse(text);
            // Counted here: the dictionary's own count takes all its locks. Threads racing past the bound only
            // start over a little late.
            if (terms.TryAdd(text, term) && Interlocked.Increment(ref count) > MaxWords)
            {
                terms.Clear();
                count = 0;
            }
            return term;
        }

        /// <summary>No filter splits a word, so every token the chain gives stands at the word's position.</summary>
        private string[] Analyse(string word)
        {
            using var tokens = chain.GetTokenStream(string.Empty, word);
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            var result = new List<string>(1);
            while (tokens.IncrementToken()) result.Add(term.ToString());
            tokens.End();
            return result.Count == 0 ? [] : [.. result];
        }

        public void Dispose() => chain.Dispose();
    }
}
