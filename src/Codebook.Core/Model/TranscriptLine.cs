namespace Codebook.Core.Model;

/// <summary>One line of a transcript as shown and cited: its number in the imported file (<see cref="Transcript.FileLine"/>),
/// text, the turn it belongs to (numbered from 1, as users give it to <c>code --turn</c>), and how many of its first
/// characters are the turn's label (its timestamp and markup too, and the spaces after it), so a listing can print the speaker once.</summary>
public sealed record TranscriptLine(int Line, string Text, int? Turn, string? Speaker, SpeakerRole Role, TimeSpan? Timestamp, bool StartsTurn, int LabelLength)
{
    public static IReadOnlyList<TranscriptLine> Of(Transcript transcript)
    {
        var texts = transcript.Text.Split('\n');
        var owner = new Turn?[texts.Length + 1];
        foreach (var turn in transcript.Turns)
        {
            for (int line = turn.Line; line <= turn.EndLine && line <= texts.Length; line++) owner[line] = turn;
        }
        int start = 0;
        var lines = new List<TranscriptLine>(texts.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            var turn = owner[i + 1];
            bool starts = turn?.Line == i + 1;
            int label = starts && turn!.Label.Length > 0 ? LabelEnd(texts[i], start, turn) : 0;
            lines.Add(new TranscriptLine(transcript.FileLine(i + 1), texts[i], turn?.Index + 1, turn?.Speaker, turn?.Role ?? SpeakerRole.None, starts ? turn!.Timestamp : null, starts, label));
            start += texts[i].Length + 1;
        }
        return lines;
    }

    /// <summary>Up to where the turn's words start, when the label is on this line and the words on it too.</summary>
    private static int LabelEnd(string text, int lineStart, Turn turn)
    {
        int end = turn.Words.Start > turn.Label.End ? turn.Words.Start : turn.Label.End;
        int length = Math.Clamp(end - lineStart, 0, text.Length);
        while (length < text.Length && text[length] == ' ') length++;
        bool atStart = turn.Label.Start >= lineStart && string.IsNullOrWhiteSpace(text[..Math.Min(turn.Label.Start - lineStart, text.Length)]);
        return atStart ? length : 0;
    }
}
