using System.Globalization;
using Codebook.Core.Errors;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary>A recording offset as typed: seconds with an optional sign and <c>s</c> ("+2.5s", "-1", "0"), or a clock
/// time with a sign ("-0:01.5", "+1:02:03").</summary>
public static class OffsetText
{
    public static TimeSpan Parse(string text)
    {
        var trimmed = text.Trim();
        var negative = trimmed.StartsWith('-');
        var body = trimmed.TrimStart('+', '-').Trim();
        if (body.EndsWith('s')) body = body[..^1];
        if (double.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds < TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return TimeSpan.FromSeconds(negative ? -seconds : seconds);
        }
        if (body.Contains(':') && TimeSpan.TryParseExact(body, ["h\\:m\\:s\\.FFF", "h\\:m\\:s", "m\\:s\\.FFF", "m\\:s"], CultureInfo.InvariantCulture, out var time))
        {
            return negative ? -time : time;
        }
        throw new CodebookException(ErrorCode.Usage, $"'{text}' is not an offset", "media offset",
            "give seconds, with a sign when the recording is ahead or behind: +2.5s, -1.2s, 0 (or a time such as -0:01.5)");
    }
}
