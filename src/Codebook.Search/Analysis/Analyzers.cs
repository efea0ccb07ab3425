using Codebook.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Codebook.Search.Analysis;

/// <summary>The one analyzer used both to write the index and to parse queries, so both see the same tokens.</summary>
public static class Analyzers
{
    /// <summary>Pinned: later betas change the TokenStream contract.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Text fields get their language chain; every other field (theme, speaker, case, attributes) is a keyword.</summary>
    public static Analyzer PerField() => new PerFieldAnalyzerWrapper(KeywordAnalysis.Create(), new Dictionary<string, Analyzer>
    {
        [Fields.Text] = FoldedAnalysis.Create(),
        [Fields.TextFrench] = FrenchAnalysis.Create(),
        [Fields.TextSpanish] = SpanishAnalysis.Create(),
    });

    /// <summary>The text field analysed in a transcript's language, or null for a language without its own chain.</summary>
    public static string? TextFieldFor(string language) => language switch
    {
        "fr" => Fields.TextFrench,
        "es" => Fields.TextSpanish,
        _ => null,
    };
}
