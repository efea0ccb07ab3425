using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;

namespace Codebook.Search.Analysis;

/// <summary>Spanish: lower case, stop words out, light stemming, then accents folded (¿ and ¡ are dropped by the tokenizer).</summary>
public static class SpanishAnalysis
{
    internal static TokenStream Filter(TokenStream words)
    {
        TokenStream result = new LowerCaseFilter(Analyzers.Version, words);
        result = new StopFilter(Analyzers.Version, result, SpanishAnalyzer.DefaultStopSet);
        result = new SpanishLightStemFilter(result);
        return new ASCIIFoldingFilter(result);
    }
}
