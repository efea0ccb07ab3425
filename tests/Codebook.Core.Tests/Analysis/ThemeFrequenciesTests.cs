using Codebook.Core.Analysis;
using Codebook.Core.Model;

namespace Codebook.Core.Tests.Analysis;

[TestClass]
public sealed class ThemeFrequenciesTests
{
    private static string Rows(IEnumerable<ThemeFrequency> rows) =>
        string.Join("; ", rows.Select(r => $"{r.Theme.Id}/{r.Depth}: {r.Codings} {r.Passages} {r.Cases} {r.Words}"));

    [TestMethod]
    public void OwnCountsByHand()
    {
        // numbers: k1, k4 in t1 p1 (union "Les chiffres comptent. On triche" = 5 words) and k5 in t2 p0 (5 words).
        Assert.AreEqual("numbers/0: 3 2 2 10; quotas/1: 1 1 1 5; resistance/0: 2 2 2 6",
            Rows(ThemeFrequencies.Of(SmallStudy.Scope(), rollup: false)));
    }

    [TestMethod]
    public void RolledUpCountsIncludeSubThemes()
    {
        Assert.AreEqual("numbers/0: 4 3 2 15; quotas/1: 1 1 1 5; resistance/0: 2 2 2 6",
            Rows(ThemeFrequencies.Of(SmallStudy.Scope(), rollup: true)));
    }

    [TestMethod]
    public void CodingsOfDeletedThemesAreSetAsideNotCounted()
    {
        var scope = SmallStudy.Scope();

        Assert.AreEqual("k7", string.Join(",", scope.IgnoredCodings.Select(c => c.Id)));
        Assert.AreEqual(6, scope.Codings.Count);
    }

    [TestMethod]
    public void CodingsOfMissingTranscriptsAreSetAside()
    {
        var stray = new Coding { Id = "k9", TranscriptId = "t9", ThemeId = "numbers", Start = 0, End = 3 };
        var scope = new AnalysisScope([SmallStudy.T1], [], SmallStudy.Themes, [stray]);

        Assert.AreEqual("k9", scope.IgnoredCodings.Single().Id);
        Assert.AreEqual(0, ThemeFrequencies.Of(scope, rollup: true)[0].Codings);
    }

    [TestMethod]
    public void RestrictionKeepsCodingsOverlappingItsPassages()
    {
        // Only t1 p3 (the quota turn): k3 counts whole; a passage of t2 with the same offsets does not admit t1 codings.
        var p3 = Passages.Of(SmallStudy.T1)[3];
        var restriction = new PassageRestriction([p3, Passages.Of(SmallStudy.T2)[1]]);

        Assert.AreEqual("numbers/0: 1 1 1 5; quotas/1: 1 1 1 5; resistance/0: 0 0 0 0",
            Rows(ThemeFrequencies.Of(SmallStudy.Scope(restriction), rollup: true)));
    }

    [TestMethod]
    public void RestrictionByPartOfAPassageStillCountsTheWholeCoding()
    {
        // The last word of t1 p1 is inside k2 ("On triche un peu.") but not k1 or k4.
        var p1 = Passages.Of(SmallStudy.T1)[1];
        var tail = p1 with { Span = new TextSpan(p1.Span.End - 4, p1.Span.End) };

        Assert.AreEqual("numbers/0: 0 0 0 0; quotas/1: 0 0 0 0; resistance/0: 1 1 1 4",
            Rows(ThemeFrequencies.Of(SmallStudy.Scope(new PassageRestriction([tail])), rollup: true)));
    }

    [TestMethod]
    public void EmptyProjectHasNoRows()
    {
        Assert.IsEmpty(ThemeFrequencies.Of(new AnalysisScope([], [], [], []), rollup: true));
    }

    [TestMethod]
    public void ThemeWithoutCodingsCountsZero()
    {
        var scope = new AnalysisScope([SmallStudy.T1], [], SmallStudy.Themes, []);

        Assert.AreEqual("numbers/0: 0 0 0 0; quotas/1: 0 0 0 0; resistance/0: 0 0 0 0", Rows(ThemeFrequencies.Of(scope, rollup: true)));
    }

    [TestMethod]
    [DataRow("0:3 3:6", 1, DisplayName = "touching halves of one word")]
    [DataRow("0:6 2:4", 1, DisplayName = "one inside the other")]
    [DataRow("0:6 7:13 10:16", 3, DisplayName = "two overlapping after a separate one")]
    [DataRow("9:15 0:8", 2, DisplayName = "out of order")]
    public void WordsCountTheUnionOfSpans(string spans, int expected)
    {
        const string text = "chiffres quotas porte";
        var parsed = spans.Split(' ').Select(s => s.Split(':')).Select(p => new TextSpan(int.Parse(p[0]), int.Parse(p[1])));

        Assert.AreEqual(expected, ThemeFrequencies.WordsIn(text, parsed));
    }
}
