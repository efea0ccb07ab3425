using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Lucene.Net.Analysis;

namespace Codebook.Search.Tests.Analysis;

[TestClass]
public sealed class FoldedAnalysisTests
{
    private static readonly Analyzer Analyzer = Analyzers.PerField();
    private static readonly Analyzer QueryAnalyzer = Analyzers.PerField(AnalysisMode.Query);

    /// <summary>An elided form is one word, apostrophes alike: the phrase "il y a" does not match "il n'y a".</summary>
    [TestMethod]
    public void Words_stay_whole_without_case_or_accents() =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.Text, "L’école, qu’il dit ; ¿Qué educación?", "l'ecole", "qu'il", "dit", "que", "educacion");

    /// <summary>A query keeps the elided form whole, so <c>qu'il</c> does not ask for every <c>il</c>.</summary>
    [TestMethod]
    public void A_query_keeps_the_elided_form_alone() =>
        AnalysisAssert.AnalyzesTo(QueryAnalyzer, Fields.Text, "L’école qu'il j’sais aujourd’hui", "l'ecole", "qu'il", "j'sais", "aujourd'hui");

    [TestMethod]
    public void Keyword_fields_keep_the_whole_value_folded() =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.Speaker, "LUCÍA Pérez", "lucia perez");

    [TestMethod]
    public void Case_attributes_are_keywords_too() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "territory", "Croissant", "croissant");

    [TestMethod]
    public void Wildcard_terms_are_folded_like_words() => Assert.AreEqual("ecol*", KeywordAnalysis.Fold("Écol*"));
}
