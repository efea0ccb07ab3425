using Codebook.Core.Analysis;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Quotes;

public sealed partial class QuoteSelector
{
    private readonly Dictionary<string, LineStarts> _lines = new(StringComparer.Ordinal);

    private Quote Build(AnalysisScope scope, Transcript transcript, Theme? theme, IReadOnlyList<string> coders, TextSpan span, IReadOnlyList<string> memos)
    {
        if (!_lines.TryGetValue(transcript.Id, out var lines)) _lines[transcript.Id] = lines = new LineStarts(transcript.Text);
        var @case = scope.CaseOf(transcript);
        var spoken = SpokenIn(transcript, span, @case);
        var words = spoken.Count == 0 ? Trimmed(transcript.Text, span) : new TextSpan(spoken[0].Span.Start, spoken[^1].Span.End);
        var (first, last) = lines.LinesOf(words);
        var firstTurn = spoken.Count > 0 ? spoken[0].FirstTurn : transcript.Turns.FindLastIndex(t => t.Line <= first);
        var lastTurn = spoken.Count > 0 ? spoken[^1].LastTurn : transcript.Turns.FindLastIndex(t => t.Line <= last);
        var parts = spoken.Count == 0 ? null : spoken.Select(s => s.Part).ToList();
        return new Quote(
            transcript,
            @case,
            theme,
            coders,
            span,
            parts is null ? transcript.Text[words.Start..words.End] : string.Join("\n\n", parts.Select(p => p.Text)),
            (transcript.FileLine(first), transcript.FileLine(last)),
            firstTurn >= 0 ? transcript.Turns[firstTurn].Timestamp : null,
            lastTurn >= 0 && lastTurn + 1 < transcript.Turns.Count ? transcript.Turns[lastTurn + 1].Timestamp : null,
            memos,
            parts);
    }

    /// <summary>The spoken words of a span, turn by turn: labels, timestamps and notes left out, consecutive turns of
    /// one speaker joined (a note between them does not split what they say). The case speaking is named by its
    /// pseudonym attribute when it has one.</summary>
    private static List<(QuotePart Part, TextSpan Span, int FirstTurn, int LastTurn)> SpokenIn(Transcript transcript, TextSpan span, Case @case)
    {
        var spoken = new List<(QuotePart Part, TextSpan Span, int FirstTurn, int LastTurn)>();
        foreach (var turn in transcript.Turns)
        {
            if (turn.Role == SpeakerRole.Note || !turn.Words.Overlaps(span)) continue;
            var words = Trimmed(transcript.Text, new TextSpan(Math.Max(span.Start, turn.Words.Start), Math.Min(span.End, turn.Words.End)));
            if (words.Length == 0) continue;
            var text = transcript.Text[words.Start..words.End];
            var speaker = CaseSpeaker.NameOf(turn.Speaker, @case);
            if (spoken.Count > 0 && spoken[^1].Part.Speaker == speaker && spoken[^1].Part.Role == turn.Role)
            {
                var previous = spoken[^1];
                spoken[^1] = (previous.Part with { Text = previous.Part.Text + "\n" + text }, new TextSpan(previous.Span.Start, words.End), previous.FirstTurn, turn.Index);
            }
            else spoken.Add((new QuotePart(speaker, turn.Role, text), words, turn.Index, turn.Index));
        }
        return spoken;
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
