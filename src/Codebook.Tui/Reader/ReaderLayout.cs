using Codebook.Core.Model;
using Codebook.Tui.Text;

namespace Codebook.Tui.Reader;

/// <summary>A transcript wrapped into display rows for one width. Built once per width and kept, so scrolling and
/// drawing only look rows up.</summary>
public sealed class ReaderLayout
{
    private readonly int[] _starts;

    private ReaderLayout(int width, IReadOnlyList<DisplayLine> rows)
    {
        Width = width;
        Rows = rows;
        _starts = rows.Select(r => r.Start).ToArray();
    }

    public int Width { get; }

    public IReadOnlyList<DisplayLine> Rows { get; }

    /// <summary>Wraps each line as <see cref="Wrapping"/> does.</summary>
    public static ReaderLayout Wrap(Transcript transcript, int width)
    {
        width = Math.Max(1, width);
        var text = transcript.Text;
        var lines = new LineStarts(text);
        var turnOfLine = new int[lines.Count + 1];
        Array.Fill(turnOfLine, -1);
        foreach (var turn in transcript.Turns)
        {
            for (int line = turn.Line; line <= turn.EndLine && line <= lines.Count; line++) turnOfLine[line] = turn.Index;
        }
        var rows = new List<DisplayLine>();
        for (int line = 1; line <= lines.Count; line++)
        {
            bool first = true;
            foreach (var (start, end) in Wrapping.Pieces(text, lines.StartOf(line), lines.EndOf(line), width))
            {
                rows.Add(new DisplayLine(start, end, line, turnOfLine[line], first));
                first = false;
            }
        }
        return new ReaderLayout(width, rows);
    }

    /// <summary>The row showing <paramref name="offset"/>; an offset on a line feed or in skipped spaces belongs to
    /// the row before it.</summary>
    public int RowAt(int offset)
    {
        int index = Array.BinarySearch(_starts, offset);
        if (index >= 0) return index;
        return Math.Max(0, ~index - 1);
    }
}
