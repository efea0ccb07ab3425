using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Lucene.Net.Analysis;

namespace Codebook.Search.Tests.Analysis;

[TestClass]
public sealed class FrenchAnalysisTests
{
    private static readonly Analyzer Analyzer = Analyzers.PerField();

    private static void AnalyzesTo(string text, params string[] tokens) =>
        AnalysisAssert.AnalyzesTo(Analyzer, Fields.TextFrench, text, tokens);

    [TestMethod]
    public void Elision_with_either_apostrophe_then_accents_folded() => AnalyzesTo("l’école l'école L'École", "ecol", "ecol", "ecol");

    [TestMethod]
    public void Plurals_join_the_singular() => AnalyzesTo("école écoles chiffre chiffres", "ecol", "ecol", "chiffr", "chiffr");

    [TestMethod]
    public void Resistance_resistances_and_resister_share_one_stem() =>
        AnalyzesTo("résistance résistances résister résistantes résisté", "resist", "resist", "resist", "resist", "resist");

    [TestMethod]
    public void Verb_and_noun_join() => AnalyzesTo("anonymiser anonymisation organiser organisation", "anonymis", "anonymis", "organis", "organis");

    /// <summary>"a" (has) is not in Lucene's French stop list, so it stays.</summary>
    [TestMethod]
    public void Stop_words_and_elided_pronouns_are_left_out() => AnalyzesTo("qu’il y a de la pression", "a", "pression");

    [TestMethod]
    public void Longer_elided_words_lose_their_article() => AnalyzesTo("jusqu’aux lorsqu'on puisqu’elle", []);

    [TestMethod]
    public void The_documented_example() => AnalyzesTo("l’École des résistances", "ecol", "resist");
}
