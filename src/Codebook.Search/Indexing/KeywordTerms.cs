using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Indexing;

/// <summary>The terms a keyword value is indexed as, from the index's own analyzer (so byte for byte what it would
/// produce at indexing and at query time), each distinct value analysed once: a transcript's id, case and attributes
/// repeat on every passage, and roles, speakers, coders and themes take few values.</summary>
internal sealed class KeywordTerms(Analyzer analyzer)
{
    private readonly Dictionary<(string Field, string Value), string[]> terms = [];

    public string[] Of(string field, string value)
    {
        if (terms.TryGetValue((field, value), out var known)) return known;
        var analysed = Analyse(field, value);
        terms.Add((field, value), analysed);
        return analysed;
    }

    private string[] Analyse(string field, string value)
    {
        var result = new List<string>(1);
        using var stream = analyzer.GetTokenStream(field, value);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add(term.ToString());
        stream.End();
        return [.. result];
    }
}
