using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Analysis;

/// <summary>Language-neutral: the word as written, without elision, case or accents, and no stemming or stop words,
/// so one query word reaches both languages and exact forms can be asked for.</summary>
public static class FoldedAnalysis
{
    internal static TokenStream Filter(TokenStream words)
    {
        // Spanish has no written elision; French articles are the only ones to strip.
        TokenStream result = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(Analyzers.Version, result);
        return new ASCIIFoldingFilter(result);
    }
}
