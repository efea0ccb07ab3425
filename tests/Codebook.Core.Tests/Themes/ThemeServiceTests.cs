using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Themes;

namespace Codebook.Core.Tests.Themes;

[TestClass]
public sealed class ThemeServiceTests
{
    [TestMethod]
    public void AThemeIsAddedAtTheEndOfItsSiblingsAndUndoRemovesIt()
    {
        using var codebook = new SmallCodebook();
        var before = codebook.State();

        var theme = codebook.Themes().Add("targets", "Targets", "numbers", "#c0392b", "t");

        Assert.AreEqual("#C0392B", codebook.Theme("targets").Color);
        Assert.AreEqual("numbers", theme.ParentId);
        Assert.AreEqual(2, theme.Order, "after quotas (0) and gaming (1)");
        Assert.AreEqual("theme.add", codebook.Store.Changes()[^1].Action);
        codebook.Store.Undo("ana");
        Assert.AreEqual(before, codebook.State());
    }

    [TestMethod]
    public void RenamingChangesTheLabelAndTheLabelsPerLanguage()
    {
        using var codebook = new SmallCodebook();
        var before = codebook.State();

        codebook.Themes().Rename("quotas", "Quotas and targets", new Dictionary<string, string> { ["fr"] = "Quotas et objectifs", ["es"] = "Cuotas" });
        codebook.Themes().Rename("quotas", null, new Dictionary<string, string> { ["es"] = "" });

        var theme = codebook.Theme("quotas");
        Assert.AreEqual("Quotas and targets", theme.Label);
        CollectionAssert.AreEquivalent(new[] { "fr" }, theme.Labels.Keys.ToList());
        codebook.Store.Undo("ana");
        codebook.Store.Undo("ana");
        Assert.AreEqual(before, codebook.State());
    }

    [TestMethod]
    public void MovingTakesTheSubThemesAlongAndUndoPutsItBack()
    {
        using var codebook = new SmallCodebook();
        var before = codebook.State();

        codebook.Themes().Move("quotas", "resistance");
        codebook.Themes().Move("gaming", null);

        Assert.AreEqual("resistance", codebook.Theme("quotas").ParentId);
        Assert.AreEqual("quotas", codebook.Theme("dashboards").ParentId);
        Assert.IsNull(codebook.Theme("gaming").ParentId);
        codebook.Store.Undo("ana");
        codebook.Store.Undo("ana");
        Assert.AreEqual(before, codebook.State());
    }

    [TestMethod]
    public void MergeMovesCodingsMemosAndSubThemesDropsOnlyExactDuplicatesAndUndoRestoresAll()
    {
        using var codebook = new SmallCodebook();
        var shared = codebook.Code("quotas", new TurnSpan(2), memo: "from quotas");
        var duplicate = codebook.Code("numbers", new TurnSpan(2));
        var own = codebook.Code("quotas", new TurnSpan(3));
        var otherCoder = codebook.Code("quotas", new TurnSpan(2), coder: "luis");
        codebook.Memo(MemoTarget.Theme, "quotas", "Targets too.");
        var onShared = codebook.Memo(MemoTarget.Coding, shared.Id, "Clear case.");
        var before = codebook.State();
        var total = codebook.Store.Codings().Count;

        var merge = codebook.Themes().Merge("quotas", "numbers");

        CollectionAssert.AreEquivalent(new[] { own.Id, otherCoder.Id }, merge.Moved.ToList());
        CollectionAssert.AreEqual(new[] { shared.Id }, merge.Dropped.ToList());
        Assert.IsFalse(codebook.Store.Themes().Any(t => t.Id == "quotas"));
        Assert.IsTrue(codebook.Store.Codings().All(c => c.ThemeId != "quotas"));
        Assert.HasCount(total - 1, codebook.Store.Codings());
        Assert.AreEqual("from quotas", codebook.Store.FindCoding(duplicate.Id)!.Memo, "the dropped coding's memo is kept");
        Assert.AreEqual(duplicate.Id, codebook.Store.Memos().Single(m => m.Id == onShared.Id).TargetId);
        Assert.AreEqual("numbers", codebook.Store.Memos().Single(m => m.Target == MemoTarget.Theme).TargetId);
        Assert.AreEqual("numbers", codebook.Theme("dashboards").ParentId);
        CollectionAssert.AreEqual(new[] { "quotas" }, codebook.Theme("numbers").MergedFrom);
        codebook.Store.Undo("ana");
        Assert.AreEqual(before, codebook.State());
    }

    [TestMethod]
    public void MergingIntoASubThemeLetsItTakeThePlaceOfTheMergedTheme()
    {
        using var codebook = new SmallCodebook();

        codebook.Themes().Merge("numbers", "dashboards");

        Assert.IsNull(codebook.Theme("dashboards").ParentId);
        Assert.AreEqual("dashboards", codebook.Theme("quotas").ParentId);
        Assert.AreEqual("dashboards", codebook.Theme("gaming").ParentId);
        Assert.HasCount(codebook.Store.Themes().Count, new ThemeTree(codebook.Store.Themes()).InOrder, "no theme is lost in a cycle");
    }

    [TestMethod]
    public void MergesChainSoADiffSeesWhereAThemeEndedUp()
    {
        using var codebook = new SmallCodebook();

        codebook.Themes().Merge("dashboards", "quotas");
        codebook.Themes().Merge("quotas", "gaming");

        CollectionAssert.AreEquivalent(new[] { "quotas", "dashboards" }, codebook.Theme("gaming").MergedFrom);
    }

    [TestMethod]
    public void SplitMovesTheChosenCodingsToNewSiblingsAndTheRestStay()
    {
        using var codebook = new SmallCodebook();
        var a = codebook.Code("numbers", new TurnSpan(1));
        var b = codebook.Code("numbers", new TurnSpan(2));
        var c = codebook.Code("numbers", new TurnSpan(3));
        var before = codebook.State();

        var created = codebook.Themes().Split("numbers", [new ThemeSplitPart("counting", "Counting", [a.Id]), new ThemeSplitPart("ranking", null, [b.Id])]);

        CollectionAssert.AreEqual(new[] { "counting", "ranking" }, created.Select(t => t.Id).ToList());
        Assert.AreEqual("counting", codebook.Store.FindCoding(a.Id)!.ThemeId);
        Assert.AreEqual("ranking", codebook.Store.FindCoding(b.Id)!.ThemeId);
        Assert.AreEqual("numbers", codebook.Store.FindCoding(c.Id)!.ThemeId);
        Assert.AreEqual("ranking", codebook.Theme("ranking").Label);
        Assert.AreEqual("numbers", codebook.Theme("counting").SplitFrom);
        Assert.IsNull(codebook.Theme("counting").ParentId);
        codebook.Store.Undo("ana");
        Assert.AreEqual(before, codebook.State());
    }

    [TestMethod]
    public void DeleteRemovesTheThemeItsCodingsAndMemosMovesSubThemesUpAndUndoBringsAllBack()
    {
        using var codebook = new SmallCodebook();
        var coding = codebook.Code("quotas", new TurnSpan(2));
        codebook.Code("numbers", new TurnSpan(2));
        codebook.Memo(MemoTarget.Theme, "quotas", "Targets too.");
        codebook.Memo(MemoTarget.Coding, coding.Id, "Clear case.");
        var before = codebook.State();

        var deletion = codebook.Themes().Delete("quotas");

        Assert.AreEqual(1, deletion.Codings);
        CollectionAssert.AreEqual(new[] { "dashboards" }, deletion.Children.ToList());
        Assert.AreEqual("numbers", codebook.Theme("dashboards").ParentId);
        Assert.IsNull(codebook.Store.FindCoding(coding.Id));
        Assert.HasCount(1, codebook.Store.Codings());
        Assert.IsEmpty(codebook.Store.Memos());
        codebook.Store.Undo("ana");
        Assert.AreEqual(before, codebook.State());
    }

    [TestMethod]
    public void ColourKeyAndReviewAreSetAndReviewsListedOldestFirst()
    {
        using var codebook = new SmallCodebook();
        var before = codebook.State();
        var themes = codebook.Themes();

        themes.Recolour("gaming", "#85c1e9");
        themes.SetKey("gaming", "g");
        themes.Review("gaming", ReviewStatus.InReview, "Overlaps with quotas?");
        codebook.Themes("luis").Review("gaming", ReviewStatus.Approved);

        var gaming = codebook.Theme("gaming");
        Assert.AreEqual("#85C1E9", gaming.Color);
        Assert.AreEqual("g", gaming.Key);
        Assert.AreEqual(ReviewStatus.Approved, gaming.Status);
        CollectionAssert.AreEqual(new[] { "ana in review: Overlaps with quotas?", "luis approved: " },
            themes.Reviews("gaming").Select(r => $"{r.Coder} {ThemeRules.StatusName(r.Status)}: {r.Comment}").ToList());
        for (int i = 0; i < 4; i++) codebook.Store.Undo("ana");
        Assert.AreEqual(before, codebook.State());
    }

    [TestMethod]
    public void ReimportingTheCodebookKeepsWhatTheFileCannotSay()
    {
        using var codebook = new SmallCodebook();
        codebook.Themes().Merge("gaming", "quotas");
        codebook.Themes().Review("quotas", ReviewStatus.InReview, "Check.");

        new CodebookImporter(codebook.Store, new Coder("ana")).Import([new Theme { Id = "quotas", Label = "Quotas", Definition = "Targets." }], "codebook.md");

        var quotas = codebook.Theme("quotas");
        Assert.AreEqual("Targets.", quotas.Definition);
        CollectionAssert.AreEqual(new[] { "gaming" }, quotas.MergedFrom);
        Assert.AreEqual("Check.", quotas.Reviews.Single().Comment);
    }

    public static IEnumerable<object[]> Refusals =>
    [
        [(Action<ThemeService>)(s => s.Move("numbers", "dashboards")), ErrorCode.ThemeCycle],
        [(Action<ThemeService>)(s => s.Move("numbers", "numbers")), ErrorCode.ThemeCycle],
        [(Action<ThemeService>)(s => s.Add("targets", "Targets", "nowhere")), ErrorCode.NotFound],
        [(Action<ThemeService>)(s => s.Add("quotas", "Quotas again")), ErrorCode.IdConflict],
        [(Action<ThemeService>)(s => s.Add("Big Theme", "Big")), ErrorCode.Usage],
        [(Action<ThemeService>)(s => s.Add("targets", " ")), ErrorCode.Usage],
        [(Action<ThemeService>)(s => s.SetKey("gaming", "Q")), ErrorCode.KeyTaken],
        [(Action<ThemeService>)(s => s.SetKey("gaming", "gg")), ErrorCode.Usage],
        [(Action<ThemeService>)(s => s.Recolour("gaming", "#12345")), ErrorCode.Usage],
        [(Action<ThemeService>)(s => s.Recolour("gaming", "red")), ErrorCode.Usage],
        [(Action<ThemeService>)(s => s.Rename("gaming", null)), ErrorCode.Usage],
        [(Action<ThemeService>)(s => s.Merge("gaming", "gaming")), ErrorCode.Usage],
        [(Action<ThemeService>)(s => s.Merge("gaming", "nowhere")), ErrorCode.NotFound],
        [(Action<ThemeService>)(s => s.Delete("nowhere")), ErrorCode.NotFound],
        [(Action<ThemeService>)(s => s.Split("gaming", [new ThemeSplitPart("new", null, ["c00000000"])])), ErrorCode.NotFound],
        [(Action<ThemeService>)(s => s.Split("gaming", [new ThemeSplitPart("quotas", null, [])])), ErrorCode.IdConflict],
    ];

    [TestMethod]
    [DynamicData(nameof(Refusals))]
    public void RefusedOperationsSayWhyAndChangeNothing(Action<ThemeService> operation, ErrorCode expected)
    {
        using var codebook = new SmallCodebook();
        var before = codebook.State();
        var log = codebook.Store.Changes().Count;

        var error = Assert.ThrowsExactly<CodebookException>(() => operation(codebook.Themes()));

        Assert.AreEqual(expected, error.Code, error.Describe());
        Assert.AreEqual(before, codebook.State());
        Assert.HasCount(log, codebook.Store.Changes());
    }
}
