namespace Codebook.Formats.Refi;

/// <summary>Our UTF-16 offsets as Unicode code points, the unit REFI-QDA counts: they differ only after a character
/// outside the Basic Multilingual Plane (an emoji), which takes two UTF-16 units and one code point.</summary>
internal sealed class CodePoints(string text)
{
    private readonly int[]? _pairsBefore = text.Any(char.IsHighSurrogate) ? PairsBefore(text) : null;

    public int Of(int utf16Offset) => _pairsBefore is null ? utf16Offset : utf16Offset - _pairsBefore[utf16Offset];

    private static int[] PairsBefore(string text)
    {
        var pairs = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            pairs[i + 1] = pairs[i] + (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 1 : 0);
        }
        return pairs;
    }
}
