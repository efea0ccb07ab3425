using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Analysis;

/// <summary>French: elisions off (l', qu', jusqu'... with ' or ’), lower case, stop words out, light stemming,
/// then accents folded. Folding comes after stemming because the stemmer's rules expect accented endings.</summary>
public static class FrenchAnalysis
{
    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Analyzers.Version, reader);
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(Analyzers.Version, result);
        result = new StopFilter(Analyzers.Version, result, FrenchAnalyzer.DefaultStopSet);
        result = new FrenchLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    });
}
