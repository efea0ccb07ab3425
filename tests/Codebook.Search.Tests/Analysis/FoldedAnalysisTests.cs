using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Lucene.Net.Analysis;

namespace Codebook.Search.Tests.Analysis;

[TestClass]
public sealed class FoldedAnalysisTests
{
    private static readonly Analyzer Analyzer = Analyzers.PerField();

    [TestMethod]
    public void Words_stay_whole_without_elision_case_or_accents() =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.Text, "L’école, qu’il dit ; ¿Qué educación?", "ecole", "il", "dit", "que", "educacion");

    [TestMethod]
    public void Keyword_fields_keep_the_whole_value_folded() =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.Speaker, "LUCÍA Pérez", "lucia perez");

    [TestMethod]
    public void Case_attributes_are_keywords_too() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "territory", "Croissant", "croissant");

    [TestMethod]
    public void Wildcard_terms_are_folded_like_words() => Assert.AreEqual("ecol*", KeywordAnalysis.Fold("Écol*"));
}
