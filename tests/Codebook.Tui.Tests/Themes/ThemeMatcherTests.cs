using Codebook.Core.Model;
using Codebook.Tui.Themes;

namespace Codebook.Tui.Tests.Themes;

[TestClass]
public sealed class ThemeMatcherTests
{
    private static readonly Theme[] Themes =
    [
        new() { Id = "quotas-targets", Label = "Quotas and targets", Labels = { ["fr"] = "Quotas et objectifs", ["es"] = "Cuotas y objetivos" } },
        new() { Id = "resistance", Label = "Resistance and room for manoeuvre", Labels = { ["fr"] = "Résistance et marges de manœuvre", ["es"] = "Resistencia y márgenes de maniobra" } },
        new() { Id = "reporting-pressure", Label = "Reporting pressure", Labels = { ["fr"] = "Pression du reporting", ["es"] = "Presión del reporte" } },
    ];

    [TestMethod]
    [DataRow("résis", "resistance")]
    [DataRow("RESIST", "resistance")]
    [DataRow("cuota", "quotas-targets")]
    [DataRow("objectifs", "quotas-targets")]
    [DataRow("presion", "reporting-pressure")]
    [DataRow("maniobra", "resistance")]
    public void PartOfALabelInAnyLanguageFindsTheThemeFirst(string typed, string expected) =>
        Assert.AreEqual(expected, ThemeMatcher.Match(Themes, typed)[0].Id);

    [TestMethod]
    public void LettersInOrderMatchOnlyWhenNothingContainsTheText()
    {
        CollectionAssert.AreEqual(new[] { "resistance" }, ThemeMatcher.Match(Themes, "résis").Select(t => t.Id).ToArray());
        Assert.AreEqual("reporting-pressure", ThemeMatcher.Match(Themes, "rprtng").Single().Id);
        Assert.AreEqual(0, ThemeMatcher.Match(Themes, "zzz").Count);
    }

    [TestMethod]
    public void AnEmptyQueryListsEveryThemeInTreeOrder() =>
        CollectionAssert.AreEqual(Themes, ThemeMatcher.Match(Themes, " ").ToArray());
}
