using Codebook.Core.Errors;

namespace Codebook.Cli.Commands.Codings;

/// <summary>A range of one-based lines written "A-B" or "A".</summary>
public readonly record struct LineRange(int First, int Last)
{
    public static LineRange Parse(string text)
    {
        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (int.TryParse(parts[0], out var first) && first >= 1)
        {
            if (parts.Length == 1) return new LineRange(first, first);
            if (int.TryParse(parts[1], out var last) && last >= first) return new LineRange(first, last);
        }
        throw new CodebookException(ErrorCode.Usage, $"'{text}' is not a line range", "--lines",
            "write it as FIRST-LAST with 1 <= FIRST <= LAST, e.g. --lines 12-30");
    }
}
