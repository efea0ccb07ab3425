using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using SnowballFrench = Lucene.Net.Tartarus.Snowball.Ext.FrenchStemmer;

namespace Codebook.Search.Analysis;

/// <summary>French: lower case, elided article cut off (and put back after stemming, <see cref="ElisionJoinFilter"/>),
/// conjugated forms to their infinitive (<see cref="VerbForms"/>), stop words out, Snowball stemming, then accents
/// folded (after stemming, whose rules expect accented endings).</summary>
/// <remarks>Chosen on the gold set (docs/search.md): Snowball joins résistance, résistances, résister and
/// organisation, organiser, where the light stemmer keeps "résistanc" apart from "résist" and cuts "organisation" to
/// "organ"; neither joins "travaillent" or the forms of être, which the verb table does. Hunspell's stemmer with the
/// Grammalecte dictionary joins verbs as well but takes 1.6 to 3.5 s to load in every process.</remarks>
public static class FrenchAnalysis
{
    private static readonly CharArraySet StopWords = VerbForms.French.StopWordsWithout(SnowballStopWords.Read("french_stop.txt"));

    internal static TokenStream Filter(TokenStream words, AnalysisMode mode)
    {
        TokenStream result = new LowerCaseFilter(Analyzers.Version, words);
        result = new ElisionSplitFilter(result);
        result = new VerbFormFilter(result, VerbForms.French);
        result = new SpokenStopFilter(result, StopWords);
        result = new SnowballFilter(result, new SnowballFrench());
        result = new ElisionJoinFilter(result, mode, StopWords);
        return new ASCIIFoldingFilter(result);
    }
}
