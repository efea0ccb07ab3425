namespace Codebook.Formats.Codebooks;

/// <summary>Turns a character position in the codebook into "file:line:column" (both 1-based) for messages.</summary>
internal sealed class SourceMap
{
    private readonly string fileName;
    private readonly List<int> lineStarts = [0];

    public SourceMap(string text, string fileName)
    {
        this.fileName = fileName;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line of a position.</summary>
    public int Line(int position)
    {
        var index = lineStarts.BinarySearch(position);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public string Where(int position)
    {
        var line = Line(position);
        return $"{fileName}:{line}:{position - lineStarts[line - 1] + 1}";
    }
}
