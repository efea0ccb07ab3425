using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using SnowballSpanish = Lucene.Net.Tartarus.Snowball.Ext.SpanishStemmer;

namespace Codebook.Search.Analysis;

/// <summary>Spanish: lower case, French elided forms as in the French chain (Brussels interviews in Spanish say
/// <c>l'Office</c>), conjugated forms to their infinitive (<see cref="VerbForms"/>), stop words out,
/// Snowball stemming, then accents folded (¿ and ¡ are dropped by the tokenizer).</summary>
/// <remarks>Snowball rather than the light stemmer, chosen on the gold set (docs/search.md): the light stemmer joins
/// plurals only, so <c>escribir</c> found the infinitive alone; Snowball joins escribir, escribo, escriben,
/// escribió, and the verb table adds the irregular ones (soy, fue, hizo, tengo, escrito); agent nouns keep their own
/// stem (<see cref="AgentNounFilter"/>).</remarks>
public static class SpanishAnalysis
{
    private static readonly CharArraySet StopWords = VerbForms.Spanish.StopWordsWithout(SnowballStopWords.Read("spanish_stop.txt"));

    internal static TokenStream Filter(TokenStream words, AnalysisMode mode)
    {
        TokenStream result = new LowerCaseFilter(Analyzers.Version, words);
        result = new ElisionSplitFilter(result);
        result = new VerbFormFilter(result, VerbForms.Spanish);
        result = new SpokenStopFilter(result, StopWords);
        result = new AgentNounFilter(result);
        result = new SnowballFilter(result, new SnowballSpanish());
        result = new ElisionJoinFilter(result, mode, StopWords);
        return new ASCIIFoldingFilter(result);
    }
}
