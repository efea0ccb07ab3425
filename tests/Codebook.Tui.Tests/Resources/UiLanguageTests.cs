using System.Globalization;
using Codebook.Core.Errors;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Tests.Resources;

/// <summary>--lang, else CODEBOOK_LANG, else the system's language when the UI speaks it, else English.</summary>
[TestClass]
public sealed class UiLanguageTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [TestMethod]
    [DataRow("fr", "es", "es-ES", "fr")]
    [DataRow(null, "es", "fr-FR", "es")]
    [DataRow("", "ES", "fr-FR", "es")]
    [DataRow(null, null, "fr-BE", "fr")]
    [DataRow(null, "  ", "es-MX", "es")]
    [DataRow(null, null, "de-DE", "en")]
    [DataRow(null, null, "", "en")]
    [DataRow("fr_FR.UTF-8", null, "en-US", "fr")]
    [DataRow("en", "fr", "fr-FR", "en")]
    public void TheOptionBeatsTheSettingWhichBeatsTheSystem(string? option, string? setting, string system, string expected)
    {
        Assert.AreEqual(expected, UiLanguage.Resolve(option, setting, CultureInfo.GetCultureInfo(system)).Name);
    }

    [TestMethod]
    public void ALanguageTheUiDoesNotSpeakIsRefusedSayingWhereItCameFrom()
    {
        var fromOption = Assert.ThrowsExactly<CodebookException>(() => UiLanguage.Resolve("de", null, German));
        Assert.AreEqual((ErrorCode.Usage, "--lang"), (fromOption.Code, fromOption.Where));
        StringAssert.Contains(fromOption.Message, "'de'");
        var fromSetting = Assert.ThrowsExactly<CodebookException>(() => UiLanguage.Resolve(null, "klingon", German));
        Assert.AreEqual(UiLanguage.Variable, fromSetting.Where);
    }
}
