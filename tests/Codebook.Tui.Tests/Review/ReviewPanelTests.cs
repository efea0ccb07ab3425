using Codebook.Core.Model;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests.Review;

/// <summary>Review mode: a supervisor walks a theme's quotes and marks them; the verdicts are in the project file.</summary>
[TestClass]
public sealed class ReviewPanelTests
{
    [TestMethod]
    public void VerdictsAndACommentAreStoredOnTheCodingsAndTheThemeStatusIsSet()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 80, 24);
        screen.Press(']', ']', 'c', 'r', ']', ']', 'c', 'r', ']', ']', 'c', 'r');
        Assert.HasCount(3, study.Session.Store.Codings());

        screen.Press('R').Type("resistance").Press(Key.Enter);
        StringAssert.Contains(screen.Text, "quote 1 of 3", screen.Text);
        StringAssert.Contains(screen.Text, "Theme");
        screen.Press('f');
        StringAssert.Contains(screen.Text, "quote 2 of 3", "a verdict moves on");
        var before = study.Session.Store.Themes().Single(t => t.Id == "resistance").Status;
        var next = (ReviewStatus)(((int)before + 1) % 3);
        screen.Press('d').Press('c').Type("ironía, no resistencia").Press(Key.Enter).Press('s');
        StringAssert.Contains(screen.Text, $"Resistance and room for manoeuvre · {ThemeRules.StatusName(next)} ·");

        var codings = study.CodingsOnDisk().OrderBy(c => c.Start).ToList();
        Assert.AreEqual(CodingVerdict.Fits, codings[0].Reviews.Single().Verdict);
        Assert.AreEqual(CodingVerdict.DoesNotFit, codings[1].Reviews.Single().Verdict);
        Assert.AreEqual((CodingVerdict.Comment, "ironía, no resistencia", "ana"), (codings[2].Reviews.Single().Verdict, codings[2].Reviews.Single().Comment, codings[2].Reviews.Single().Coder));
        using var reopened = Storage.ProjectFile.Open(study.Path, Core.Time.SystemClock.Instance);
        Assert.AreEqual(next, reopened.Themes().Single(t => t.Id == "resistance").Status);
    }

    [TestMethod]
    public void TheCodebookDiffShowsWhatChangedSinceASnapshot()
    {
        using var study = new Study("es12-lucia.txt");
        new Core.Themes.CodebookVersions(study.Store, new Coder("ana"), Core.Time.SystemClock.Instance).Snapshot("v1");
        new Core.Themes.ThemeService(study.Store, new Coder("ana"), Core.Time.SystemClock.Instance).Rename("resistance", "Resistance and tactics");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);

        screen.Press('D');

        StringAssert.Contains(screen.Text, "v1 → current", screen.Text);
        StringAssert.Contains(screen.Text, "renamed    resistance");
        StringAssert.Contains(screen.Text, "Resistance and tactics");
    }
}
