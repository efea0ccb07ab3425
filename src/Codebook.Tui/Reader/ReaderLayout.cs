using Codebook.Core.Model;
using Codebook.Core.Text;
using Codebook.Tui.Text;

namespace Codebook.Tui.Reader;

/// <summary>A transcript wrapped into display rows for one width, line by line and only as far as rows are asked for:
/// opening a long transcript wraps its first screen, a move down the lines it reaches, and only a jump to the end
/// wraps them all. Rows once wrapped are kept, so scrolling back and drawing only look them up.</summary>
public sealed class ReaderLayout
{
    private readonly string _text;
    private readonly LineStarts _lines;
    private readonly int[] _turnOfLine;
    private readonly List<DisplayLine> _rows = [];
    private int _wrappedLines;

    private ReaderLayout(Transcript transcript, LineStarts lines, int width)
    {
        Width = Math.Max(1, width);
        _text = transcript.Text;
        _lines = lines;
        _turnOfLine = new int[lines.Count + 1];
        Array.Fill(_turnOfLine, -1);
        foreach (var turn in transcript.Turns)
        {
            for (int line = turn.Line; line <= turn.EndLine && line <= lines.Count; line++) _turnOfLine[line] = turn.Index;
        }
    }

    public int Width { get; }

    /// <summary>Every row, wrapping all the lines not wrapped yet.</summary>
    public IReadOnlyList<DisplayLine> Rows
    {
        get
        {
            WrapThrough(_lines.Count);
            return _rows;
        }
    }

    /// <summary>Each line wrapped as <see cref="Wrapping"/> does, when its rows are first asked for.</summary>
    public static ReaderLayout Wrap(Transcript transcript, int width) => Wrap(transcript, new LineStarts(transcript.Text), width);

    /// <inheritdoc cref="Wrap(Transcript, int)"/>
    /// <param name="lines">The transcript's line starts, when the caller has them already.</param>
    public static ReaderLayout Wrap(Transcript transcript, LineStarts lines, int width) => new(transcript, lines, width);

    /// <summary>The row nearest to <paramref name="index"/> that exists: from 0 to the last row.</summary>
    public int Clamp(int index)
    {
        while (_rows.Count <= index && _wrappedLines < _lines.Count) WrapNextLine();
        return Math.Clamp(index, 0, _rows.Count - 1);
    }

    /// <summary>Whether there is a row <paramref name="index"/>.</summary>
    public bool Has(int index) => index >= 0 && Clamp(index) == index;

    /// <summary>The row at <paramref name="index"/>, or the nearest one that exists.</summary>
    public DisplayLine Row(int index) => _rows[Clamp(index)];

    /// <summary>The row showing <paramref name="offset"/>; an offset on a line feed or in skipped spaces belongs to
    /// the row before it.</summary>
    public int RowAt(int offset)
    {
        // Every row starting at or before the offset is in the lines up to the offset's.
        WrapThrough(_lines.LineAt(Math.Clamp(offset, 0, _text.Length)));
        int lo = 0, hi = _rows.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_rows[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    private void WrapThrough(int line)
    {
        while (_wrappedLines < Math.Min(line, _lines.Count)) WrapNextLine();
    }

    private void WrapNextLine()
    {
        int line = ++_wrappedLines;
        bool first = true;
        foreach (var (start, end) in Wrapping.Pieces(_text, _lines.StartOf(line), _lines.EndOf(line), Width))
        {
            _rows.Add(new DisplayLine(start, end, line, _turnOfLine[line], first));
            first = false;
        }
    }
}
