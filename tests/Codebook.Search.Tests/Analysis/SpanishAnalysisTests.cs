using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Lucene.Net.Analysis;

namespace Codebook.Search.Tests.Analysis;

[TestClass]
public sealed class SpanishAnalysisTests
{
    private static readonly Analyzer Analyzer = Analyzers.PerField();

    private static void AnalyzesTo(string text, params string[] tokens) =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.TextSpanish, text, tokens);

    [TestMethod]
    public void Accents_are_folded() => AnalyzesTo("educación presión", "educacion", "presion");

    [TestMethod]
    public void Plurals_join_the_singular() => AnalyzesTo("cifras cifra presiones", "cifr", "cifr", "presion");

    /// <summary>The light stemmer leaves verbs and nouns apart: "resistir" does not find "resistencia".</summary>
    [TestMethod]
    public void Light_stemming_keeps_verbs_apart() => AnalyzesTo("resistencia resistencias resistir", "resistenci", "resistenci", "resistir");

    [TestMethod]
    public void Inverted_marks_are_dropped_and_que_is_a_stop_word() => AnalyzesTo("¿Qué? ¡Las cifras!", "cifr");
}
