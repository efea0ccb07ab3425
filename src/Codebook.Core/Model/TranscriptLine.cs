namespace Codebook.Core.Model;

/// <summary>One line of a transcript as shown and cited: its one-based number, text, and the turn it belongs to
/// (numbered from 1, as users give it to <c>code --turn</c>).</summary>
public sealed record TranscriptLine(int Line, string Text, int? Turn, string? Speaker, SpeakerRole Role, bool StartsTurn)
{
    public static IReadOnlyList<TranscriptLine> Of(Transcript transcript)
    {
        var texts = transcript.Text.Split('\n');
        var owner = new Turn?[texts.Length + 1];
        foreach (var turn in transcript.Turns)
        {
            for (int line = turn.Line; line <= turn.EndLine && line <= texts.Length; line++) owner[line] = turn;
        }
        return texts.Select((text, i) =>
        {
            var turn = owner[i + 1];
            return new TranscriptLine(i + 1, text, turn?.Index + 1, turn?.Speaker, turn?.Role ?? SpeakerRole.None, turn?.Line == i + 1);
        }).ToList();
    }
}
