using Codebook.Core.Analysis;
using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Framework;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Tests.Codings;
using Codebook.Core.Themes;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Framework;

[TestClass]
public sealed class FrameworkServiceTests
{
    private static readonly Coder Ana = new("ana");

    [TestMethod]
    public void ASummaryIsWrittenRewrittenAndClearedEachAnUndoableChange()
    {
        using var interview = new Interview();
        new CodingService(interview.Store, Ana, SystemClock.Instance).Code("fr01", "resistance", new TurnSpan(2));
        var framework = new FrameworkService(interview.Store, Ana, SystemClock.Instance);

        var written = framework.Set("fr01", "resistance", "  Anonymises CVs to protect users.  ")!;
        var cell = Cell(interview, "resistance");
        Assert.AreEqual("Anonymises CVs to protect users.", cell.Text);
        Assert.AreEqual(1, cell.PassageCount);
        Assert.AreEqual("cell:fr01/resistance", MemoService.Describe(written));
        Assert.AreEqual("", Cell(interview, "numbers").Text);

        var rewritten = framework.Set("fr01", "Resistance", "Protects users.")!;
        Assert.AreEqual(written.Id, rewritten.Id, "a cell keeps one summary");
        Assert.HasCount(1, interview.Store.Memos());

        Assert.IsNull(framework.Set("fr01", "resistance", ""));
        Assert.IsEmpty(interview.Store.Memos());
        interview.Store.Undo("ana");
        Assert.AreEqual("Protects users.", Cell(interview, "resistance").Text);
        interview.Store.Undo("ana");
        Assert.AreEqual("Anonymises CVs to protect users.", Cell(interview, "resistance").Text);
    }

    [TestMethod]
    public void AnUnknownCaseOrThemeIsRefusedNamingTheCloseOnesAndChangesNothing()
    {
        using var interview = new Interview();
        var framework = new FrameworkService(interview.Store, Ana, SystemClock.Instance);
        var log = interview.Store.Changes().Count;

        var noCase = Assert.ThrowsExactly<CodebookException>(() => framework.Set("fr1", "resistance", "x"));
        Assert.AreEqual(ErrorCode.NotFound, noCase.Code);
        StringAssert.Contains(noCase.Message, "did you mean 'fr01'");
        var noTheme = Assert.ThrowsExactly<CodebookException>(() => framework.Set("fr01", "resistence", "x"));
        StringAssert.Contains(noTheme.Message, "'resistance'");
        Assert.HasCount(log, interview.Store.Changes());
    }

    [TestMethod]
    public void MergingAThemeCarriesItsSummariesAndDeletingItTakesThemUndoably()
    {
        using var interview = new Interview();
        var framework = new FrameworkService(interview.Store, Ana, SystemClock.Instance);
        var themes = new ThemeService(interview.Store, Ana, SystemClock.Instance);
        framework.Set("fr01", "numbers", "Counts everything.");
        framework.Set("fr01", "resistance", "Anonymised CVs.");

        themes.Merge("resistance", "numbers");
        Assert.AreEqual("Counts everything.\n\nAnonymised CVs.", interview.Store.Memos().Single().Text);

        themes.Delete("numbers");
        Assert.IsEmpty(interview.Store.Memos());
        interview.Store.Undo("ana");
        Assert.AreEqual("cell:fr01/numbers", MemoService.Describe(interview.Store.Memos().Single()));
    }

    private static FrameworkCell Cell(Interview interview, string themeId) =>
        FrameworkMatrix.Of(AnalysisScope.Of(interview.Store), interview.Store.Memos()).Find("fr01", themeId)!;
}
