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
    public void WordsStayWholeWithoutCaseOrAccents() =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.Text, "L’école, qu’il dit ; ¿Qué educación?", "l'ecole", "qu'il", "dit", "que", "educacion");

    /// <summary>A query keeps the elided form whole, so <c>qu'il</c> does not ask for every <c>il</c>.</summary>
    [TestMethod]
    public void AQueryKeepsTheElidedFormAlone() =>
        AnalysisAssert.AnalyzesTo(QueryAnalyzer, Fields.Text, "L’école qu'il j’sais aujourd’hui", "l'ecole", "qu'il", "j'sais", "aujourd'hui");

    [TestMethod]
    public void KeywordFieldsKeepTheWholeValueFolded() =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.Speaker, "LUCÍA Pérez", "lucia perez");

    [TestMethod]
    public void CaseAttributesAreKeywordsToo() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "territory", "Croissant", "croissant");

    [TestMethod]
    public void WildcardTermsAreFoldedLikeWords() => Assert.AreEqual("ecol*", KeywordAnalysis.Fold("Écol*"));
}
