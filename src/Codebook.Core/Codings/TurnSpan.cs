using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>The words of a whole turn, numbered from 1 as the reader shows them (turn 1 is the first turn),
/// without its speaker label.</summary>
public sealed record TurnSpan(int Turn) : SpanChoice
{
    public override IReadOnlyList<TextSpan> Locate(Transcript transcript)
    {
        var turn = transcript.Turns.FirstOrDefault(t => t.Index == Turn - 1)
            ?? throw BadSpan(transcript, $"there is no turn {Turn} (the transcript has turns 1-{transcript.Turns.Count})",
                new ErrorHint(HintKind.TurnInRange));
        var span = WordBoundaries.Snap(transcript.Text, turn.Words);
        if (span.Length == 0) throw BadSpan(transcript, $"turn {Turn} has no words", "choose another turn");
        return [span];
    }
}
