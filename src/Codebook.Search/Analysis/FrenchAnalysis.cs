using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using SnowballFrench = Lucene.Net.Tartarus.Snowball.Ext.FrenchStemmer;

namespace Codebook.Search.Analysis;

/// <summary>French: elisions off (l', qu', jusqu'... with ' or ’), lower case, stop words out, Snowball stemming,
/// then accents folded (after stemming, whose rules expect accented endings).</summary>
/// <remarks>Snowball rather than <see cref="FrenchLightStemFilter"/>: the light stemmer keeps "résistanc" apart
/// from "résist" (résister) and cuts "organisation" to "organ"; Snowball joins résistance, résistances, résister,
/// résistante and organisation, organiser. Researchers search by concept, so the wider net wins.</remarks>
public static class FrenchAnalysis
{
    internal static TokenStream Filter(TokenStream words)
    {
        TokenStream result = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(Analyzers.Version, result);
        result = new StopFilter(Analyzers.Version, result, FrenchAnalyzer.DefaultStopSet);
        result = new SnowballFilter(result, new SnowballFrench());
        return new ASCIIFoldingFilter(result);
    }
}
