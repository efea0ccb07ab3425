using Codebook.Core.Model;

namespace Codebook.Core.Revisions;

/// <summary>Carries spans of an old text to a new version of it through the runs the two share. A span keeps its
/// first and last characters that survived; an end that fell in an edited stretch stretches to take in what replaced
/// it, so a corrected word at the edge of a coding stays in it. A span nothing of which survives (deleted, or only
/// whitespace left) cannot be placed.</summary>
public sealed class OffsetMap
{
    private readonly UnchangedRun[] _runs;
    private readonly string _newText;
    private readonly int _oldLength;

    public OffsetMap(string oldText, string newText, IReadOnlyList<UnchangedRun> runs)
    {
        _runs = [.. runs];
        _newText = newText;
        _oldLength = oldText.Length;
        for (var i = 0; i < _runs.Length; i++)
        {
            var run = _runs[i];
            var previous = i == 0 ? new UnchangedRun(0, 0, 0) : _runs[i - 1];
            if (run.Length <= 0 || run.OldStart < previous.OldEnd || run.NewStart < previous.NewEnd
                || run.OldEnd > oldText.Length || run.NewEnd > newText.Length)
            {
                throw new ArgumentException($"unchanged run {i} ({run}) is empty, out of order or outside the texts", nameof(runs));
            }
        }
    }

    /// <summary>The share of the old text, from 0 to 1, still found in the new one.</summary>
    public double KeptShare => _oldLength == 0 ? 1 : (double)_runs.Sum(r => r.Length) / _oldLength;

    /// <summary>Where <paramref name="span"/> of the old text is in the new one, or null when none of it survived.</summary>
    public TextSpan? Map(TextSpan span)
    {
        if (span.Length <= 0) return null;
        var (newStart, startKept) = MapStart(span.Start);
        var (newEnd, endKept) = MapEnd(span.End);
        // An end that fell in an edited stretch takes in what replaced it, but not the spaces around that.
        while (!startKept && newStart < newEnd && char.IsWhiteSpace(_newText[newStart])) newStart++;
        while (!endKept && newEnd > newStart && char.IsWhiteSpace(_newText[newEnd - 1])) newEnd--;
        if (newEnd <= newStart || string.IsNullOrWhiteSpace(_newText[newStart..newEnd])) return null;
        return new TextSpan(newStart, newEnd);
    }

    /// <summary>Where the character at <paramref name="start"/> went. If it was edited, where what replaced it begins
    /// when the edit began at the span, or else where the next surviving text begins: a replacement reaching in from
    /// before the span is not the span's.</summary>
    private (int Offset, bool Kept) MapStart(int start)
    {
        var run = RunAtOrBefore(start);
        if (run >= 0 && start < _runs[run].OldEnd) return (_runs[run].NewStart + (start - _runs[run].OldStart), true);
        var (editStart, replacementStart) = run >= 0 ? (_runs[run].OldEnd, _runs[run].NewEnd) : (0, 0);
        return (editStart >= start ? replacementStart : NewStartOf(run + 1), false);
    }

    /// <summary>Just after where the character before <paramref name="end"/> went. If it was edited, where what
    /// replaced it ends when the edit ended in the span, or else where the surviving text before it ends.</summary>
    private (int Offset, bool Kept) MapEnd(int end)
    {
        var run = RunAtOrBefore(end - 1);
        if (run >= 0 && end - 1 < _runs[run].OldEnd) return (_runs[run].NewStart + (end - _runs[run].OldStart), true);
        var editEnd = run + 1 < _runs.Length ? _runs[run + 1].OldStart : _oldLength;
        return (editEnd <= end ? NewStartOf(run + 1) : run >= 0 ? _runs[run].NewEnd : 0, false);
    }

    /// <summary>Where run <paramref name="index"/> starts in the new text; the end of the text past the last run.</summary>
    private int NewStartOf(int index) => index < _runs.Length ? _runs[index].NewStart : _newText.Length;

    /// <summary>The last run starting at or before <paramref name="offset"/> of the old text, or -1.</summary>
    private int RunAtOrBefore(int offset)
    {
        var (low, high) = (0, _runs.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_runs[middle].OldStart <= offset) low = middle + 1;
            else high = middle - 1;
        }
        return high;
    }
}
