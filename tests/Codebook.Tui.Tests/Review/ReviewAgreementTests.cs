using System.Globalization;
using Codebook.Core.Agreement;
using Codebook.Core.Codings;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests.Review;

/// <summary>Review mode shows the agreement between the coders on the theme under review: Core's figures, or why there are none.</summary>
[TestClass]
public sealed class ReviewAgreementTests
{
    [TestMethod]
    public void WithTwoCodersReviewModeShowsTheFiguresCodebookAgreePrintsForTheTheme()
    {
        using var study = Study.Sample();
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        var row = Resistance(study);

        screen.Press('R').Type("resistance").Press(Key.Enter);

        var agreement = window.Review.Agreement.Select(l => l.Text).ToList();
        StringAssert.StartsWith(agreement[0], "Agreement by passage between 2 coders (ana, luis) on ");
        StringAssert.EndsWith(agreement[0], $", {row.Alpha.Units} passages:");
        Assert.AreEqual($"agree {Figure(row.Percent.Value * 100)}% · Cohen κ {Figure(row.Cohen!.Value)} · Fleiss κ {Figure(row.Fleiss.Value)} · α {Figure(row.Alpha.Value)}",
            agreement[1]);
        StringAssert.Contains(screen.Text, $"α {Figure(row.Alpha.Value)}", screen.Text);
    }

    [TestMethod]
    public void WithThreeCodersThereIsNoCohenKappaAndTheTranscriptsAreThoseAllThreeCoded()
    {
        using var study = Study.Sample();
        new CodingService(study.Store, new Coder("eva"), SystemClock.Instance).Code("es12-lucia", "resistance", new TurnSpan(5));
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);

        screen.Press('R').Type("resistance").Press(Key.Enter);

        StringAssert.StartsWith(window.Review.Agreement[0].Text, "Agreement by passage between 3 coders (ana, eva, luis) on 1 transcript, ");
        StringAssert.StartsWith(window.Review.Agreement[1].Text, "agree ");
        Assert.DoesNotContain("Cohen", window.Review.Agreement[1].Text, "Cohen's κ is for two coders");
        StringAssert.Contains(window.Review.Agreement[1].Text, " · Fleiss κ ");
    }

    [TestMethod]
    public void WithOneCoderReviewModeSaysThereIsNoAgreementToShow()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        screen.Press(']', ']', 'c', 'r');

        screen.Press('R').Type("resistance").Press(Key.Enter);

        Assert.AreEqual("Agreement: only ana has coded in this project, so there is no agreement between coders to show.", window.Review.Agreement.Single().Text);
        StringAssert.Contains(screen.Text, "Agreement: only ana has coded", screen.Text);
    }

    [TestMethod]
    public void InFrenchTheReviewAndItsAgreementAreInFrench()
    {
        using var ui = UiCulture.Use("fr");
        using var study = Study.Sample();
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        var row = Resistance(study);

        screen.Press('R').Type("resistance").Press(Key.Enter);

        StringAssert.StartsWith(window.Review.Agreement[0].Text, "Accord par passage entre 2 codeurs (ana, luis)");
        StringAssert.Contains(window.Review.Agreement[1].Text, $"κ de Cohen {Figure(row.Cohen!.Value, "fr")} ·", "decimals written the French way");
        StringAssert.Contains(screen.Text, "Révision · Résistance et marges de manœuvre · ", screen.Text);
        StringAssert.Contains(screen.Text, "f convient · d ne convient pas", screen.Text);
    }

    /// <summary>What <c>codebook agree --coders ana,luis --theme resistance</c> reports.</summary>
    private static ThemeAgreement Resistance(Study study) =>
        AgreementReport.Of(AgreementScope.Of(study.Store, ["ana", "luis"]), AgreementUnit.Passage, study.Store.Themes().Single(t => t.Id == "resistance")).Themes.Single();

    private static string Figure(double? value, string culture = "") => value is { } v ? Math.Round(v, 3).ToString(CultureInfo.GetCultureInfo(culture)) : "–";
}
