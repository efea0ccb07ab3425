using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Codebook.Search.Analysis;

/// <summary>Language-neutral: the word as written, case and accents folded, apostrophes alike, and no stemming or
/// stop words, so one query word reaches both languages, exact forms can be asked for, and phrases match word for
/// word. An elided form is kept whole (<c>qu'il</c>), never as its bare word, so the phrase <c>"il y a"</c> does not
/// match <c>il n'y a</c>: the stemmed fields index the bare word, and find <c>l'école</c> for <c>école</c>.</summary>
public static class FoldedAnalysis
{
    internal static TokenStream Filter(TokenStream words, AnalysisMode mode)
    {
        TokenStream result = new LowerCaseFilter(Analyzers.Version, words);
        result = new ElisionSplitFilter(result);
        result = new ElisionJoinFilter(result, AnalysisMode.Query);
        return new ASCIIFoldingFilter(result);
    }
}
