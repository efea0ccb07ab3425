using Codebook.Core.Model;
using Codebook.Tui.Reader;

namespace Codebook.Tui.Transcripts;

/// <summary>A transcript as the list shows it: id, how much of it is coded (first, so a narrow list keeps it), language, codings, case.</summary>
public sealed record TranscriptRow(Transcript Transcript, int Codings, int CodedTurns)
{
    /// <summary>Share of the turns with at least one coding, 0 to 100.</summary>
    public int Percent => Transcript.Turns.Count == 0 ? 0 : CodedTurns * 100 / Transcript.Turns.Count;

    public static TranscriptRow Of(Transcript transcript, IEnumerable<Coding> codings)
    {
        // Indexed by start, so a turn finds its codings without trying each (thousands on a long transcript).
        var mine = new CodingIndex(codings.Where(c => c.TranscriptId == transcript.Id));
        int coded = transcript.Turns.Count(turn => mine.Overlapping(turn.Words).Any());
        return new TranscriptRow(transcript, mine.All.Count, coded);
    }

    /// <summary>The row's text, with the id padded to <paramref name="idWidth"/> so the columns line up.</summary>
    public string Format(int idWidth) => $"{Transcript.Id.PadRight(idWidth)}{Percent,4}% {Transcript.Language,-2}{Codings,4} {Transcript.CaseId}";
}
