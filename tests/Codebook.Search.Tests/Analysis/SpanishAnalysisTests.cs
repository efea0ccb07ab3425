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
    public void Accents_are_folded() => AnalyzesTo("educación presión", "educ", "presion");

    [TestMethod]
    public void Plurals_join_the_singular() => AnalyzesTo("cifras cifra presiones", "cifr", "cifr", "presion");

    /// <summary>The light stemmer leaves verbs and nouns apart: "resistir" does not find "resistencia".</summary>
    [TestMethod]
    public void Snowball_keeps_noun_and_verb_apart() => AnalyzesTo("resistencia resistencias resistir", "resistent", "resistent", "resist");

    [TestMethod]
    public void Regular_verb_forms_join_the_infinitive() =>
        AnalyzesTo("escribir escribo escriben escribió trabajar trabajan", "escrib", "escrib", "escrib", "escrib", "trabaj", "trabaj");

    /// <summary>The verb table turns irregular forms into their infinitive before stemming; <c>fue</c> is both
    /// <c>ser</c> and <c>ir</c>, at one position.</summary>
    [TestMethod]
    public void Irregular_verb_forms_join_the_infinitive() =>
        AnalyzesTo("soy fue tengo hizo escrito", "ser", "ser", "ir", "ten", "hac", "escrib");

    [TestMethod]
    public void Inverted_marks_are_dropped_and_que_is_a_stop_word() => AnalyzesTo("¿Qué? ¡Las cifras!", "cifr");

    /// <summary>Snowball would cut them to the verb's stem, <c>trabaj</c>, with <c>trabajo</c> and <c>trabajar</c>.</summary>
    [TestMethod]
    public void Agent_nouns_keep_their_own_stem() =>
        AnalyzesTo("trabajador trabajadora trabajadores trabajo ordenadores", "trabajador", "trabajador", "trabajador", "trabaj", "ordenador");

    /// <summary>Brussels interviews in Spanish quote French: <c>l'Office</c> is found by <c>office</c>.</summary>
    [TestMethod]
    public void French_elided_forms_keep_their_bare_word() => AnalyzesTo("l'Office", "l'offic", "offic");
}
