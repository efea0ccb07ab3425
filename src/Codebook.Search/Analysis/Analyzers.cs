using Codebook.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Codebook.Search.Analysis;

/// <summary>The analyzers that write the index and parse queries: the same chains, but for one step
/// (<see cref="AnalysisMode"/>), so both see the same tokens.</summary>
public static class Analyzers
{
    /// <summary>Pinned: later betas change the TokenStream contract.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>What each text field does to a word once the tokenizer has cut it out. Every filter is token-local
    /// (elision, lower case, verb forms, stop words, stemming, folding): a word's terms do not depend on the words
    /// around it, and a stop word only leaves a gap in the positions, which is what lets marking cut a passage into
    /// words once and look each word's terms up (<see cref="Hits.PassageWords"/>). A word may give several terms at
    /// one position (<c>l'école</c>: <c>l'ecole</c> and <c>ecole</c>; <c>fue</c>: <c>ser</c> and <c>ir</c>).</summary>
    internal static IReadOnlyDictionary<string, Func<TokenStream, AnalysisMode, TokenStream>> TextFilters { get; } =
        new Dictionary<string, Func<TokenStream, AnalysisMode, TokenStream>>
        {
            [Fields.Text] = FoldedAnalysis.Filter,
            [Fields.TextFrench] = FrenchAnalysis.Filter,
            [Fields.TextSpanish] = SpanishAnalysis.Filter,
        };

    /// <summary>Text fields get their language chain; every other field (theme, speaker, case, attributes) is a keyword.</summary>
    public static Analyzer PerField(AnalysisMode mode = AnalysisMode.Index) => new PerFieldAnalyzerWrapper(KeywordAnalysis.Create(),
        TextFilters.ToDictionary(field => field.Key, field => Chain(words => field.Value(words, mode))));

    /// <summary>The words of a text, cut as every text field cuts them, before any filter.</summary>
    internal static Analyzer Words() => Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(Tokenizer(reader)));

    /// <summary>The text field analysed in a transcript's language, or null for a language without its own chain.</summary>
    public static string? TextFieldFor(string language) => language switch
    {
        "fr" => Fields.TextFrench,
        "es" => Fields.TextSpanish,
        _ => null,
    };

    /// <summary>The stemmed field of the one language whose verb table knows <paramref name="word"/> (a form or an
    /// infinitive: <c>tener</c>, <c>travaillent</c>), or null when both or neither do. A query word known as a verb
    /// of one language is not stemmed in the other, where its stem can be another word's (<c>tener</c> and
    /// French <c>tenir</c>, <c>ver</c> and French <c>vers</c>).</summary>
    public static string? VerbFieldOf(string word)
    {
        var lower = word.ToLowerInvariant();
        bool french = VerbForms.French.Knows(lower), spanish = VerbForms.Spanish.Knows(lower);
        return french == spanish ? null : french ? Fields.TextFrench : Fields.TextSpanish;
    }

    private static Analyzer Chain(Func<TokenStream, TokenStream> filter) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = Tokenizer(reader);
        return new TokenStreamComponents(source, filter(source));
    });

    private static StandardTokenizer Tokenizer(TextReader reader) => new(Version, reader);
}
