using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Lucene.Net.Analysis;

namespace Codebook.Search.Tests.Analysis;

[TestClass]
public sealed class FrenchAnalysisTests
{
    private static readonly Analyzer Analyzer = Analyzers.PerField();
    private static readonly Analyzer QueryAnalyzer = Analyzers.PerField(AnalysisMode.Query);

    private static void AnalyzesTo(string text, params string[] tokens) =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.TextFrench, text, tokens);

    [TestMethod]
    public void ElisionWithEitherApostropheThenAccentsFolded() =>
        AnalyzesTo("l’école l'école L'École", "l'ecol", "ecol", "l'ecol", "ecol", "l'ecol", "ecol");

    /// <summary>The word after the article is stemmed, so <c>qu'il</c> finds <c>qu'ils</c>; a query keeps the form whole.</summary>
    [TestMethod]
    public void AQueryForAnElidedFormStemsItsWordAndKeepsTheArticle() =>
        AnalysisAssert.AnalyzesTo(QueryAnalyzer, Fields.TextFrench, "qu'il qu’ils l'école d'accord", "qu'il", "qu'il", "l'ecol", "d'accord");

    [TestMethod]
    public void RegularVerbFormsJoinTheInfinitive() =>
        AnalyzesTo("travailler travaillent travaillé habiter habitent", "travaill", "travaill", "travaill", "habit", "habit");

    /// <summary>A form that is also another word keeps that word too, at the same position (<c>sommes</c>, sums).</summary>
    [TestMethod]
    public void IrregularVerbFormsJoinTheInfinitive() =>
        AnalyzesTo("être suis sommes avoir avons aller vais vont", "etre", "suivr", "etre", "somm", "etre", "avoir", "avoir", "aller", "aller", "aller");

    [TestMethod]
    public void PluralsJoinTheSingular() => AnalyzesTo("école écoles chiffre chiffres", "ecol", "ecol", "chiffr", "chiffr");

    [TestMethod]
    public void ResistanceResistancesAndResisterShareOneStem() =>
        AnalyzesTo("résistance résistances résister résistantes résisté", "resist", "resist", "resist", "resist", "resist");

    [TestMethod]
    public void VerbAndNounJoin() => AnalyzesTo("anonymiser anonymisation organiser organisation", "anonymis", "anonymis", "organis", "organis");

    /// <summary>"a" (has) is not in Lucene's French stop list, so it stays, and is also a form of avoir; the bare
    /// pronoun of <c>qu'il</c> is a stop word, so it is not indexed alone.</summary>
    [TestMethod]
    public void StopWordsAreLeftOutButElidedFormsKeptWhole() => AnalyzesTo("qu’il y a de la pression", "qu'il", "a", "avoir", "pression");

    [TestMethod]
    public void LongerElidedWordsKeepTheirArticle() =>
        AnalyzesTo("jusqu’aux lorsqu'on puisqu’elle", "jusqu'aux", "lorsqu'on", "puisqu'elle");

    [TestMethod]
    public void TheDocumentedExample() => AnalyzesTo("l’École des résistances", "l'ecol", "ecol", "resist");
}
