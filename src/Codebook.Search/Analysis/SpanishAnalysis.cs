using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Codebook.Search.Analysis;

/// <summary>Spanish: lower case, stop words out, light stemming, then accents folded (¿ and ¡ are dropped by the tokenizer).</summary>
public static class SpanishAnalysis
{
    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Analyzers.Version, reader);
        TokenStream result = new LowerCaseFilter(Analyzers.Version, source);
        result = new StopFilter(Analyzers.Version, result, SpanishAnalyzer.DefaultStopSet);
        result = new SpanishLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    });
}
