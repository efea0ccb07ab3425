using Codebook.Core.Model;

namespace Codebook.Core.Revisions;

/// <summary>Carries spans of an old text to a new version of it through the runs the two share. A span keeps its
/// first and last characters that survived. An end that fell in an edited stretch takes in what replaced it when that
/// edit lies inside the span (a corrected word at the edge of a coding stays in it; a span replaced whole becomes its
/// replacement), and is cut back to the surviving text when the edit reaches outside the span (what replaced the text
/// around the span is not the span's). A span with nothing left, or cut back to less than half its words, cannot be
/// placed: a few common words that happen to match are no anchor.</summary>
public sealed class OffsetMap
{
    /// <summary>A span cut back by an edit reaching into it must keep at least this share of its text.</summary>
    public const double MinimumShareAfterCut = 0.5;

    private readonly UnchangedRun[] _runs;
    private readonly string _oldText;
    private readonly string _newText;

    public OffsetMap(string oldText, string newText, IReadOnlyList<UnchangedRun> runs)
    {
        _runs = [.. runs];
        _oldText = oldText;
        _newText = newText;
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

    /// <summary>How an end of a span was carried.</summary>
    private enum End
    {
        /// <summary>Its character survived.</summary>
        Kept,
        /// <summary>It was edited, and the edit is the span's: the end takes in the replacement.</summary>
        Replaced,
        /// <summary>It was edited by an edit reaching outside the span: the end moved back to the surviving text.</summary>
        Cut,
    }

    /// <summary>The share of the old text, from 0 to 1, still found in the new one.</summary>
    public double KeptShare => _oldText.Length == 0 ? 1 : (double)_runs.Sum(r => r.Length) / _oldText.Length;

    /// <summary>Where <paramref name="span"/> of the old text is in the new one, or null when it cannot be placed.</summary>
    public TextSpan? Map(TextSpan span)
    {
        if (span.Length <= 0) return null;
        var (newStart, start) = MapStart(span.Start);
        var (newEnd, end) = MapEnd(span.End);
        // An end that moved does not take in the spaces next to it.
        while (start != End.Kept && newStart < newEnd && char.IsWhiteSpace(_newText[newStart])) newStart++;
        while (end != End.Kept && newEnd > newStart && char.IsWhiteSpace(_newText[newEnd - 1])) newEnd--;
        if (newEnd <= newStart || string.IsNullOrWhiteSpace(_newText[newStart..newEnd])) return null;
        if ((start == End.Cut || end == End.Cut) && SurvivingShare(span) < MinimumShareAfterCut) return null;
        return new TextSpan(newStart, newEnd);
    }

    /// <summary>Where the character at <paramref name="start"/> went; if it was edited, where the edit's replacement
    /// begins when the edit began in the span, or else where the next surviving text begins.</summary>
    private (int Offset, End How) MapStart(int start)
    {
        var run = RunAtOrBefore(start);
        if (run >= 0 && start < _runs[run].OldEnd) return (_runs[run].NewStart + (start - _runs[run].OldStart), End.Kept);
        var (editStart, replacementStart) = run >= 0 ? (_runs[run].OldEnd, _runs[run].NewEnd) : (0, 0);
        return editStart >= start ? (replacementStart, End.Replaced) : (NewStartOf(run + 1), End.Cut);
    }

    /// <summary>Just after where the character before <paramref name="end"/> went; if it was edited, where the edit's
    /// replacement ends when the edit ended in the span, or else where the surviving text before it ends.</summary>
    private (int Offset, End How) MapEnd(int end)
    {
        var run = RunAtOrBefore(end - 1);
        if (run >= 0 && end - 1 < _runs[run].OldEnd) return (_runs[run].NewStart + (end - _runs[run].OldStart), End.Kept);
        var editEnd = run + 1 < _runs.Length ? _runs[run + 1].OldStart : _oldText.Length;
        return editEnd <= end ? (NewStartOf(run + 1), End.Replaced) : (run >= 0 ? _runs[run].NewEnd : 0, End.Cut);
    }

    /// <summary>The share of the span's non-blank characters that are in unchanged runs.</summary>
    private double SurvivingShare(TextSpan span)
    {
        var total = CountNonBlank(span.Start, span.End);
        var kept = _runs.Where(r => r.OldStart < span.End && span.Start < r.OldEnd)
            .Sum(r => CountNonBlank(Math.Max(r.OldStart, span.Start), Math.Min(r.OldEnd, span.End)));
        return total == 0 ? 0 : (double)kept / total;
    }

    private int CountNonBlank(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++) if (!char.IsWhiteSpace(_oldText[i])) count++;
        return count;
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
