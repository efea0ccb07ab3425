using Codebook.Core.Analysis;
using Codebook.Core.Errors;

namespace Codebook.Core.Tests.Analysis;

[TestClass]
public sealed class ThemeMatricesTests
{
    /// <summary>"columns | theme: cells = total | ... | totals = total".</summary>
    private static string Show(ThemeMatrix m) =>
        string.Join(" ", m.Columns.Select(c => $"{c.Key}({c.Cases})")) + " | " +
        string.Join(" | ", m.Rows.Select(r => $"{r.Theme.Id}: {string.Join(" ", r.Cells)} = {r.Total}")) +
        $" | totals: {string.Join(" ", m.ColumnTotals)} = {m.Total}";

    [TestMethod]
    public void CodingsByRoleByHand()
    {
        // t3 has no case, so it stands as a case of its own, without a role.
        var matrix = ThemeMatrices.ByAttribute(SmallStudy.Scope(), "role", MatrixCount.Codings, rollup: false);

        Assert.AreEqual("manager(1) worker(1) (none)(1) | numbers: 1 2 0 = 3 | quotas: 0 1 0 = 1 | resistance: 1 1 0 = 2 | totals: 2 4 0 = 6",
            Show(matrix));
        Assert.AreEqual("attr:role", matrix.By);
    }

    [TestMethod]
    public void RolledUpRowsCountSubThemesButTotalsCountEachCodingOnce()
    {
        var matrix = ThemeMatrices.ByAttribute(SmallStudy.Scope(), "role", MatrixCount.Codings, rollup: true);

        Assert.AreEqual("manager(1) worker(1) (none)(1) | numbers: 1 3 0 = 4 | quotas: 0 1 0 = 1 | resistance: 1 1 0 = 2 | totals: 2 4 0 = 6",
            Show(matrix));
    }

    [TestMethod]
    public void PresenceCountsCases()
    {
        var matrix = ThemeMatrices.ByAttribute(SmallStudy.Scope(), "role", MatrixCount.Cases, rollup: false);

        Assert.AreEqual("manager(1) worker(1) (none)(1) | numbers: 1 1 0 = 2 | quotas: 0 1 0 = 1 | resistance: 1 1 0 = 2 | totals: 1 1 0 = 2",
            Show(matrix));
    }

    [TestMethod]
    public void ByCaseHasOneColumnPerCaseInImportOrder()
    {
        var matrix = ThemeMatrices.ByCase(SmallStudy.Scope(), MatrixCount.Codings, rollup: false);

        Assert.AreEqual("c1(1) c2(1) t3(1) | numbers: 2 1 0 = 3 | quotas: 1 0 0 = 1 | resistance: 1 1 0 = 2 | totals: 4 2 0 = 6",
            Show(matrix));
    }

    [TestMethod]
    public void SeveralInterviewsOfOneCaseAreOneColumnAndOneCase()
    {
        var again = SmallStudy.Interview("t4", "c1", 4, ("ANA", "Les quotas encore."));
        var coding = SmallStudy.Code("k8", again, "quotas", "quotas", 12, 0);
        var scope = new AnalysisScope([SmallStudy.T1, again], SmallStudy.Cases, SmallStudy.Themes, [.. SmallStudy.Codings, coding]);

        Assert.AreEqual("c1(1) | numbers: 2 = 2 | quotas: 2 = 2 | resistance: 1 = 1 | totals: 5 = 5",
            Show(ThemeMatrices.ByCase(scope, MatrixCount.Codings, rollup: false)));
        Assert.AreEqual("c1(1) | numbers: 1 = 1 | quotas: 1 = 1 | resistance: 1 = 1 | totals: 1 = 1",
            Show(ThemeMatrices.ByCase(scope, MatrixCount.Cases, rollup: false)));
    }

    [TestMethod]
    public void UnknownAttributeIsRefusedWithTheKnownOnes()
    {
        var e = Assert.ThrowsExactly<CodebookException>(() =>
            ThemeMatrices.ByAttribute(SmallStudy.Scope(), "territory", MatrixCount.Codings, rollup: false));

        Assert.AreEqual(ErrorCode.NotFound, e.Code);
        Assert.AreEqual("attributes: role", e.Hint);
    }

    [TestMethod]
    public void EmptyProjectGivesAnEmptyMatrix()
    {
        var matrix = ThemeMatrices.ByCase(new AnalysisScope([], [], [], []), MatrixCount.Codings, rollup: false);

        Assert.AreEqual(" |  | totals:  = 0", Show(matrix));
    }
}
