using System.Globalization;
using System.Text.RegularExpressions;

namespace Codebook.Formats.Transcripts;

/// <summary>Times into a recording as transcripts write them: <c>hh:mm:ss</c>, <c>mm:ss</c>, with optional fractions.</summary>
internal static partial class Timestamps
{
    [GeneratedRegex(@"^(?:(?<h>\d{1,2}):)?(?<m>\d{1,2}):(?<s>\d{2})(?:[.,](?<f>\d{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out TimeSpan time)
    {
        time = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return false;
        int hours = match.Groups["h"].Success ? Number(match.Groups["h"].Value) : 0;
        int minutes = Number(match.Groups["m"].Value), seconds = Number(match.Groups["s"].Value);
        if (minutes > 59 || seconds > 59) return false;
        int millis = match.Groups["f"].Success ? Number(match.Groups["f"].Value.PadRight(3, '0')) : 0;
        time = new TimeSpan(0, hours, minutes, seconds, millis);
        return true;
    }

    public static string Format(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}");

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
