using System.Globalization;
using Codebook.Core.Errors;

namespace Codebook.Tui.Resources;

/// <summary>The language the UI speaks, English, French or Spanish: <c>--lang</c>, else <c>CODEBOOK_LANG</c>, else the
/// system's UI language (LANG, LC_ALL or LC_MESSAGES on Linux) when it is one of the three, else English.</summary>
public static class UiLanguage
{
    public const string Variable = "CODEBOOK_LANG";

    public static readonly IReadOnlyList<string> Supported = ["en", "fr", "es"];

    /// <exception cref="CodebookException">The option or the setting names a language the UI does not speak.</exception>
    public static CultureInfo Resolve(string? option, string? setting, CultureInfo system)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Named(option, "--lang");
        if (!string.IsNullOrWhiteSpace(setting)) return Named(setting, Variable);
        // A system in German or in the C locale (the invariant culture) gets English, not an error.
        return Supported.Contains(system.TwoLetterISOLanguageName) ? CultureInfo.GetCultureInfo(system.TwoLetterISOLanguageName) : CultureInfo.GetCultureInfo("en");
    }

    /// <summary>"fr", "FR", "fr-BE" and "fr_FR.UTF-8" all say French.</summary>
    private static CultureInfo Named(string name, string where)
    {
        var language = name.Trim().ToLowerInvariant().Split('-', '_', '.')[0];
        if (!Supported.Contains(language))
        {
            throw new CodebookException(ErrorCode.Usage, $"the UI speaks en, fr or es, not '{name.Trim()}'", where, "e.g. --lang fr");
        }
        return CultureInfo.GetCultureInfo(language);
    }
}
