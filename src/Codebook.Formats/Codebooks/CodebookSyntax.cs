using System.Text.RegularExpressions;
using Codebook.Core.Model;

namespace Codebook.Formats.Codebooks;

/// <summary>The rules the reader and the writer share, so that what one writes the other reads.</summary>
internal static partial class CodebookSyntax
{
    /// <summary>Top themes are ## headings: # is the codebook's title.</summary>
    public const int TopThemeLevel = 2;

    public const int DeepestLevel = 6;

    public const string IdHint = "Ids are lowercase letters, digits and hyphens, e.g. {#loss-of-meaning}.";

    public const string ColorHint = "Write a colour as #RRGGBB, e.g. color=#C0392B.";

    public const string KeyHint = "A key is one letter or digit, e.g. key=r.";

    public static bool IsId(string id) => ThemeRules.IsId(id);

    public static bool IsColor(string color) => ThemeRules.IsColor(color);

    public static bool IsLanguage(string code) => LanguagePattern().IsMatch(code);

    public static bool IsKey(string key) => ThemeRules.IsKey(key);

    public static string StatusName(ReviewStatus status) => ThemeRules.StatusName(status);

    public static ReviewStatus? ParseStatus(string text) => ThemeRules.ParseStatus(text);

    /// <summary>A label at the start of a line: "Definition:", "**Include:**" or "**Include**:", then a space or the line's end.</summary>
    [GeneratedRegex(@"^(?<open>\*\*|__)?(?<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?<close1>\*\*|__)?:(?<close2>\*\*|__)?(?=[ \t]|$)")]
    public static partial Regex LabelPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
