using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Analysis;

/// <summary>A whole value as one token, lower case and without accents, so <c>speaker:lucia</c> finds "LUCÍA".</summary>
public static class KeywordAnalysis
{
    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        TokenStream result = new LowerCaseFilter(Analyzers.Version, source);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    });

    private static readonly Analyzer Shared = Create();

    /// <summary>A value folded by the analyzer above, as the index holds it.</summary>
    public static string Folded(string value)
    {
        using var tokens = Shared.GetTokenStream(string.Empty, value);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        var folded = tokens.IncrementToken() ? term.ToString() : string.Empty;
        tokens.End();
        return folded;
    }

    /// <summary>Folds a query term the analyzer never sees (wildcard, prefix, fuzzy) the way the chains fold words.</summary>
    public static string Fold(string term)
    {
        var input = term.ToLowerInvariant().ToCharArray();
        var output = new char[input.Length * 4];
        int length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
