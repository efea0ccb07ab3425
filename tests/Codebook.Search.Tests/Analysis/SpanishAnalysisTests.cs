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
    public void AccentsAreFolded() => AnalyzesTo("educación presión", "educ", "presion");

    [TestMethod]
    public void PluralsJoinTheSingular() => AnalyzesTo("cifras cifra presiones", "cifr", "cifr", "presion");

    /// <summary>The light stemmer leaves verbs and nouns apart: "resistir" does not find "resistencia".</summary>
    [TestMethod]
    public void SnowballKeepsNounAndVerbApart() => AnalyzesTo("resistencia resistencias resistir", "resistent", "resistent", "resist");

    [TestMethod]
    public void RegularVerbFormsJoinTheInfinitive() =>
        AnalyzesTo("escribir escribo escriben escribió trabajar trabajan", "escrib", "escrib", "escrib", "escrib", "trabaj", "trabaj");

    /// <summary>The verb table turns irregular forms into their infinitive before stemming; <c>fue</c> is both
    /// <c>ser</c> and <c>ir</c>, at one position.</summary>
    [TestMethod]
    public void IrregularVerbFormsJoinTheInfinitive() =>
        AnalyzesTo("soy fue tengo hizo escrito", "ser", "ser", "ir", "ten", "hac", "escrib");

    [TestMethod]
    public void InvertedMarksAreDroppedAndQueIsAStopWord() => AnalyzesTo("¿Qué? ¡Las cifras!", "cifr");

    /// <summary>Snowball would cut them to the verb's stem, <c>trabaj</c>, with <c>trabajo</c> and <c>trabajar</c>.</summary>
    [TestMethod]
    public void AgentNounsKeepTheirOwnStem() =>
        AnalyzesTo("trabajador trabajadora trabajadores trabajo ordenadores", "trabajador", "trabajador", "trabajador", "trabaj", "ordenador");

    /// <summary>Brussels interviews in Spanish quote French: <c>l'Office</c> is found by <c>office</c>.</summary>
    [TestMethod]
    public void FrenchElidedFormsKeepTheirBareWord() => AnalyzesTo("l'Office", "l'offic", "offic");
}
