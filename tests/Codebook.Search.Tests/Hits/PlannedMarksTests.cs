using Codebook.Core.Model;
using Codebook.Search.Analysis;
using Codebook.Search.Hits;
using Codebook.Search.Queries;
using Codebook.Search.Tests.Support;

namespace Codebook.Search.Tests.Hits;

/// <summary>The marks a search gives, found from the query's words and the index's positions, are those the
/// highlighter finds by building a one-passage index per hit: every hit of the 17 sample interviews, for queries of
/// every kind the plan handles.</summary>
[TestClass]
public sealed class PlannedMarksTests
{
    private static SampleIndex sample = null!;
    private static Dictionary<string, Transcript> transcripts = null!;

    [ClassInitialize]
    public static void Open(TestContext _)
    {
        sample = new SampleIndex();
        transcripts = sample.Transcripts.ToDictionary(t => t.Id);
    }

    [ClassCleanup]
    public static void Close() => sample.Dispose();

    [TestMethod]
    [DataRow("ecole")]
    [DataRow("cifras OR chiffres")]
    [DataRow("résistance AND NOT pression")]
    [DataRow("\"tableau de bord\"")]
    [DataRow("\"de la\"")]
    [DataRow("\"chiffres pression\"~5")]
    [DataRow("\"cifras dicen\"~4")]
    [DataRow("\"la pression\" OR pression")]
    [DataRow("\"les chiffres\" AND \"les chiffres\"~3")]
    [DataRow("anonym*")]
    [DataRow("*isation")]
    [DataRow("pre?ion OR écol*")]
    [DataRow("text:resistantes OR text_fr:resist")]
    [DataRow("(cifras OR chiffres) AND lang:es")]
    [DataRow("+chiffres -speaker:bernard")]
    [DataRow("résistances OR anonymisation")]
    [DataRow("organiser OR cifra")]
    [DataRow("l'école OR qu’il OR aujourd'hui")]
    [DataRow("\"en fait\" OR \"du coup\" OR \"parce que\"")]
    [DataRow("=fait OR travailler OR ser")]
    [DataRow("ÉCOLE OR Écoles")]
    [DataRow("text:ecole OR text:cifras")]
    [DataRow("\"tableau de bord\" OR \"de la pression\"")]
    [DataRow("\"la presión de arriba\" OR \"si no hay cifras\"")]
    [DataRow("\"pression Didier\"~3 OR \"cifras antena\"~3")]
    public void PlannedMarksAreTheHighlighters(string query)
    {
        var analyzer = Analyzers.PerField();
        var compiled = QueryCompiler.Compile(query, Analyzers.PerField(AnalysisMode.Query));
        Assert.IsNotNull(QueryTerms.Of(compiled), "the plan handles this query");

        var hits = sample.Index.Search(query, 10_000);
        Assert.IsNotEmpty(hits);
        foreach (var hit in hits)
        {
            var text = transcripts[hit.TranscriptId].Text.Substring(hit.Span.Start, hit.Span.Length);
            var highlighted = MatchFinder.Find(compiled, null, analyzer, null!, null!, 0, text, hit.Language)
                .Select(m => new TextSpan(hit.Span.Start + m.Start, hit.Span.Start + m.End));
            CollectionAssert.AreEqual(highlighted.ToList(), hit.Matches.ToList(), $"{query}: {hit.TranscriptId}#{hit.PassageIndex}");
        }
    }

    [TestMethod]
    public void FuzzyQueriesGoToTheHighlighter() =>
        Assert.IsNull(QueryTerms.Of(QueryCompiler.Compile("anonimiser~", Analyzers.PerField())));
}
