using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Tests.Support;

/// <summary>Lucene's AssertAnalyzesTo idea: this text, through this field's analysis, gives these tokens.</summary>
internal static class AnalysisAssert
{
    public static void AnalyzesTo(Analyzer analyzer, string field, string text, params string[] expected)
    {
        CollectionAssert.AreEqual(expected, Tokens(analyzer, field, text), $"tokens of \"{text}\" in {field}: [{string.Join(", ", Tokens(analyzer, field, text))}]");
    }

    public static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
