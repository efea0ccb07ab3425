using Codebook.Core.Model;
using Codebook.Formats.Codebooks;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>The study's codebook is complete enough for coders and supervisors to work from.</summary>
[TestClass]
public sealed class StudyCodebookTests
{
    private static readonly IReadOnlyList<Theme> Themes =
        CodebookMarkdownReader.Parse(ExampleFiles.Read(ExampleFiles.Themes, "governance-by-numbers.md"), "governance-by-numbers.md");

    [TestMethod]
    public void HasATreeOfFourToSixTopThemesAndAtLeastTwentyThemes()
    {
        Assert.IsGreaterThanOrEqualTo(20, Themes.Count);
        Assert.IsInRange(4, 6, Themes.Count(t => t.ParentId is null));
    }

    [TestMethod]
    public void EveryThemeIsFullyDescribedInBothLanguages()
    {
        foreach (var theme in Themes)
        {
            Assert.IsNotEmpty(theme.Definition, theme.Id);
            Assert.IsNotEmpty(theme.Include, theme.Id);
            Assert.IsNotEmpty(theme.Exclude, theme.Id);
            Assert.IsInRange(1, 2, theme.Examples.Count, theme.Id);
            Assert.IsNotNull(theme.Color, theme.Id);
            foreach (var language in new[] { "fr", "es" })
            {
                Assert.IsTrue(theme.Labels.ContainsKey(language), $"{theme.Id} label-{language}");
                Assert.IsNotEmpty(theme.SearchHints.GetValueOrDefault(language) ?? [], $"{theme.Id} search-{language}");
            }
        }
    }

    [TestMethod]
    public void ColoursAreDistinctAndTheMainThemesHaveKeys()
    {
        Assert.HasCount(Themes.Count, Themes.Select(t => t.Color).Distinct());
        Assert.IsTrue(Themes.Where(t => t.ParentId is null).All(t => t.Key is not null));
        Assert.IsGreaterThan(Themes.Count / 2, Themes.Count(t => t.Status == ReviewStatus.Approved));
    }
}
