using Codebook.Core.Model;

namespace Codebook.Core.Text;

/// <summary>Where each one-based line of a text starts, to turn offsets into cited line numbers and back.</summary>
public sealed class LineStarts
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public LineStarts(string text)
    {
        _text = text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _starts.Add(i + 1);
        }
    }

    public int Count => _starts.Count;

    public int StartOf(int line) => _starts[line - 1];

    /// <summary>Offset of the end of the line's text, before its line feed.</summary>
    public int EndOf(int line) => line < _starts.Count ? _starts[line] - 1 : _text.Length;

    /// <summary>The line holding <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        int index = _starts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>First and last line a span covers; an end offset belongs to the line of its last character.</summary>
    public (int First, int Last) LinesOf(TextSpan span) => (LineAt(span.Start), LineAt(Math.Max(span.Start, span.End - 1)));
}
