namespace Codebook.Formats.Refi;

/// <summary>Our offsets (UTF-16 units into text with LF line ends) as a tool counts them in the text file written for
/// it: one less for each emoji before when it counts code points (an emoji is two UTF-16 units, one code point), one
/// more for each line end before when its file has CRLF and it counts CRLF as two.</summary>
internal sealed class ToolPositions
{
    private readonly int[]? _shift;

    public ToolPositions(string text, RefiTool tool)
    {
        var pairs = !tool.Positions.Utf16Units && text.Any(char.IsHighSurrogate);
        var lines = tool.CrLf && !tool.Positions.CrLfAsOne && text.Contains('\n');
        if (!pairs && !lines) return;
        _shift = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var shift = 0;
            if (pairs && char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])) shift--;
            if (lines && text[i] == '\n') shift++;
            _shift[i + 1] = _shift[i] + shift;
        }
    }

    public int Of(int offset) => _shift is null ? offset : offset + _shift[offset];
}
