using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Tests.Resources;

/// <summary>Every label of the UI exists in French and Spanish, with the same placeholders, so none is forgotten
/// when a label is added in English.</summary>
[TestClass]
public sealed partial class StringsTests
{
    [TestMethod]
    [DataRow("fr")]
    [DataRow("es")]
    public void EveryEnglishLabelHasATranslationWithTheSamePlaceholders(string language)
    {
        var english = Labels(CultureInfo.InvariantCulture);
        var translated = Labels(CultureInfo.GetCultureInfo(language));

        Assert.IsGreaterThan(100, english.Count, "the neutral resources are read");
        CollectionAssert.AreEquivalent(english.Keys.ToList(), translated.Keys.ToList(), $"the labels of Strings.resx and Strings.{language}.resx");
        foreach (var (key, text) in english)
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(translated[key]), $"{key} is empty in {language}");
            CollectionAssert.AreEquivalent(Placeholders(text), Placeholders(translated[key]), $"{key} in {language}: {translated[key]}");
        }
    }

    /// <summary>French puts a (no-break) space before a colon, semicolon or question mark; query syntax (theme:ID) excepted.</summary>
    [TestMethod]
    public void FrenchLabelsHaveANoBreakSpaceBeforeColonsAndQuestionMarks()
    {
        foreach (var (key, text) in Labels(CultureInfo.GetCultureInfo("fr")))
        {
            var prose = QuerySyntax().Replace(text, "");
            Assert.DoesNotMatchRegex(BadPunctuation(), prose, $"{key}: {text}");
        }
    }

    [TestMethod]
    public void TheAccessorReadsTheLanguageOfTheCurrentUiCulture()
    {
        Assert.AreEqual("Themes", Strings.ThemesTitle);
        using (UiCulture.Use("fr")) Assert.AreEqual("Thèmes", Strings.ThemesTitle);
        using (UiCulture.Use("es")) Assert.AreEqual("Temas", Strings.ThemesTitle);
        using (UiCulture.Use("fr-BE")) Assert.AreEqual("Thèmes", Strings.ThemesTitle, "a regional culture falls back on its language");
    }

    private static Dictionary<string, string> Labels(CultureInfo culture)
    {
        // tryParents false: a missing French label must not be filled in from the English one.
        var set = Strings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new AssertFailedException($"no resources for '{culture.Name}': is the satellite assembly built?");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(theme|lang|speaker):")]
    private static partial Regex QuerySyntax();

    /// <summary>: ; ? or ! right after a word or bracket, or after an ordinary space there.</summary>
    [GeneratedRegex(@"[\w\)\]»}] ?[:;?!]")]
    private static partial Regex BadPunctuation();
}
