using Codebook.Core.Analysis;
using Codebook.Core.Errors;

namespace Codebook.Core.Tests.Analysis;

[TestClass]
public sealed class CoOccurrencesTests
{
    private static string Pairs(CoOccurrenceMode mode) => string.Join("; ",
        CoOccurrences.Of(SmallStudy.Scope(), mode).Select(p => $"{p.First.Id}+{p.Second.Id}: {p.Meetings} {p.Ratio:0.###}"));

    [TestMethod]
    public void OverlapNeedsSharedCharacters()
    {
        // Only k4 ("chiffres comptent. On triche") overlaps k2 ("On triche un peu."); k1 ends before k2 starts.
        // Ratio: k4 and k2 met, over numbers' 3 and resistance's 2 codings.
        Assert.AreEqual("numbers+resistance: 1 0.4", Pairs(CoOccurrenceMode.Overlapping));
    }

    [TestMethod]
    public void SamePassageCountsCodingsTouchingACommonPassage()
    {
        // t1 p1 holds k1, k4 (numbers) and k2 (resistance); in t2, k5 (p0) and k6 (p2) do not share one.
        Assert.AreEqual("numbers+resistance: 2 0.6", Pairs(CoOccurrenceMode.SamePassage));
    }

    [TestMethod]
    public void WithinNPassagesReachesNeighbours()
    {
        // Within 2: t2 p0 and p2 meet; t1 p1 and p3 meet (k1, k4 with k3; k2 with k3).
        Assert.AreEqual("numbers+resistance: 3 1; numbers+quotas: 2 0.75; quotas+resistance: 1 0.667",
            Pairs(CoOccurrenceMode.Within(2)));
        Assert.AreEqual(Pairs(CoOccurrenceMode.SamePassage), Pairs(CoOccurrenceMode.Within(0)));
    }

    [TestMethod]
    [DataRow("overlap", "overlap")]
    [DataRow("passage", "passage")]
    [DataRow("within:3", "within:3")]
    [DataRow("within:0", "passage")]
    [DataRow("window:2", "within:2")]
    public void ModesParseAndPrint(string text, string printed)
    {
        Assert.AreEqual(printed, CoOccurrenceMode.Parse(text).ToString());
    }

    [TestMethod]
    [DataRow("within")]
    [DataRow("within:two")]
    [DataRow("within:")]
    [DataRow("within:-1")]
    [DataRow("Overlap")]
    public void UnknownModesAreRefused(string text)
    {
        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => CoOccurrenceMode.Parse(text)).Code);
    }

    [TestMethod]
    public void EmptyProjectHasNoPairs()
    {
        Assert.IsEmpty(CoOccurrences.Of(new AnalysisScope([], [], [], []), CoOccurrenceMode.Overlapping));
    }
}
