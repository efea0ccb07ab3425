using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Analysis;

/// <summary>A whole value as one token, lower case and without accents, so <c>speaker:lucia</c> finds "LUCÍA".</summary>
public static class KeywordAnalysis
{
    private static readonly CharacterUtils LowerCase = CharacterUtils.GetInstance(Analyzers.Version);

    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        TokenStream result = new LowerCaseFilter(Analyzers.Version, source);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    });

    /// <summary>Folds a value as <see cref="Create"/>'s chain does (its lower-casing, then its accent folding): for
    /// keyword values indexed without the analyzer, and query terms it never sees (wildcard, prefix, fuzzy).</summary>
    public static string Fold(string term)
    {
        var input = term.ToCharArray();
        LowerCase.ToLower(input, 0, input.Length);
        var output = new char[input.Length * 4];
        int length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
