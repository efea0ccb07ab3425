using Codebook.Core.Model;

namespace Codebook.Core.Media;

/// <summary>Where each turn of a transcript starts in its recording. A turn with a timestamp starts there; a turn
/// between two timestamped turns gets a start estimated by words (the time between the two timestamps shared out in
/// proportion to the words spoken before it); the recording's offset is added to every time.</summary>
public sealed class TurnTimes
{
    private readonly TurnTime?[] _times;

    private TurnTimes(TurnTime?[] times) => _times = times;

    public static TurnTimes Of(Transcript transcript, TimeSpan offset = default)
    {
        var turns = transcript.Turns;
        var times = new TurnTime?[turns.Count];
        int? previous = null;
        for (int i = 0; i < turns.Count; i++)
        {
            if (turns[i].Timestamp is not { } stamp) continue;
            times[i] = new TurnTime(i, stamp + offset, Estimated: false);
            if (previous is { } from && i - from > 1) Estimate(transcript, times, from, i);
            previous = i;
        }
        return new TurnTimes(times);
    }

    /// <summary>The turns strictly between <paramref name="from"/> and <paramref name="to"/>, by the words of the turns
    /// from <paramref name="from"/> on; by turns when they hold no words. A clock that runs backwards gives the
    /// earlier time to every turn between.</summary>
    private static void Estimate(Transcript transcript, TurnTime?[] times, int from, int to)
    {
        var start = times[from]!.Start;
        var span = times[to]!.Start - start;
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        var words = Enumerable.Range(from, to - from).Select(i => WordsOf(transcript, transcript.Turns[i])).ToArray();
        double total = words.Sum();
        double before = 0;
        for (int i = from + 1; i < to; i++)
        {
            before += words[i - 1 - from];
            double share = total > 0 ? before / total : (double)(i - from) / (to - from);
            times[i] = new TurnTime(i, start + span * share, Estimated: true);
        }
    }

    private static int WordsOf(Transcript transcript, Turn turn) =>
        turn.Words.End <= transcript.Text.Length ? TextStatistics.CountWords(transcript.Text.AsSpan(turn.Words.Start, turn.Words.Length)) : 0;

    /// <summary>Whether any turn has a time (the transcript has at least one timestamp).</summary>
    public bool Any => _times.Any(t => t is not null);

    /// <summary>The turn's own start, given or estimated; null for a turn before the first timestamp or after the last.</summary>
    public TurnTime? Of(int turn) => turn >= 0 && turn < _times.Length ? _times[turn] : null;

    /// <summary>Where to play a turn from: its own start, else the start of the nearest turn before it that has one
    /// (estimated, since it is not the turn's own), else the start of the recording.</summary>
    public TurnTime PlayFrom(int turn)
    {
        if (Of(turn) is { } own) return own with { Start = NotBefore0(own.Start) };
        for (int i = Math.Min(turn, _times.Length) - 1; i >= 0; i--)
        {
            if (_times[i] is { } earlier) return new TurnTime(turn, NotBefore0(earlier.Start), Estimated: true);
        }
        return new TurnTime(turn, TimeSpan.Zero, Estimated: true);
    }

    /// <summary>Where the words of turn <paramref name="turn"/> end in the recording: the next turn's start, if known.</summary>
    public TimeSpan? EndOf(int turn)
    {
        for (int i = turn + 1; i < _times.Length; i++)
        {
            if (_times[i] is { } next) return NotBefore0(next.Start);
        }
        return null;
    }

    /// <summary>The turn being heard at <paramref name="position"/>: the last turn that starts at or before it; null
    /// before the first known start.</summary>
    public int? TurnAt(TimeSpan position)
    {
        int? heard = null;
        foreach (var time in _times)
        {
            if (time is null) continue;
            if (time.Start > position) break;
            heard = time.Turn;
        }
        return heard;
    }

    private static TimeSpan NotBefore0(TimeSpan time) => time < TimeSpan.Zero ? TimeSpan.Zero : time;
}
