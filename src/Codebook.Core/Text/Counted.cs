using System.Globalization;

namespace Codebook.Core.Text;

/// <summary>A count with its noun for messages ("1 passage", "12 passages", "3 matches"), and the one rule of which
/// counts take the singular in each language the UI speaks, so that no message says "1 codings".</summary>
public static class Counted
{
    /// <summary>In English, as the command line writes it; the count in the current culture, in
    /// <paramref name="format"/> when given ("N0": "1,234 words").</summary>
    public static string Of(long count, string one, string? many = null, string? format = null) =>
        $"{count.ToString(format, CultureInfo.CurrentCulture)} {(Singular(count, English) ? one : many ?? one + "s")}";

    /// <summary>Whether <paramref name="count"/> takes the singular in <paramref name="language"/>: 1 in English and
    /// Spanish, 0 and 1 in French ("0 codage", "1 codage", "2 codages").</summary>
    public static bool Singular(long count, CultureInfo language) =>
        count == 1 || (count == 0 && language.TwoLetterISOLanguageName == "fr");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
}
