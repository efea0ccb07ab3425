namespace Codebook.Formats.Transcripts;

/// <summary>The lines of a normalised text as <c>[Start, End)</c> offsets without the LF.</summary>
internal static class TextLines
{
    public static List<(int Start, int End)> Split(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        while (true)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add((start, text.Length));
                return lines;
            }
            lines.Add((start, end));
            start = end + 1;
        }
    }

    public static bool IsBlank(string text, (int Start, int End) line) => text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace();
}
