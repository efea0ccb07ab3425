using Codebook.Core.Model;

namespace Codebook.Core.Speakers;

/// <summary>Gathers the turns of transcripts by speaker (names folded), counting spoken words by the project's word
/// rule over each turn's words, its label left out. Notes and unlabelled text belong to no speaker.</summary>
internal static class SpeakerTally
{
    public static IReadOnlyList<Speaker> Of(IEnumerable<Transcript> transcripts)
    {
        var turns = transcripts
            .SelectMany(t => t.Turns.Where(turn => turn.Role != SpeakerRole.Note && !string.IsNullOrWhiteSpace(turn.Speaker)).Select(turn => (Transcript: t, Turn: turn)))
            .GroupBy(x => SpeakerName.KeyOf(x.Turn.Speaker!), StringComparer.Ordinal);
        return turns.Select(Speaker).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
    }

    private static Speaker Speaker(IEnumerable<(Transcript Transcript, Turn Turn)> turns)
    {
        var all = turns.ToList();
        var spellings = all.GroupBy(x => x.Turn.Speaker!.Trim(), StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        return new Speaker(
            spellings[0],
            spellings,
            all.Select(x => x.Transcript.Id).Distinct(StringComparer.Ordinal).ToList(),
            all.Count,
            all.Sum(x => TextStatistics.CountWords(Words(x.Transcript, x.Turn))),
            all.Select(x => x.Turn.Role).Distinct().Order().ToList(),
            all.Select(x => x.Turn.RoleDecidedBy).Distinct().Order().ToList());
    }

    /// <summary>The turn's words, clamped to the text so a damaged span counts what is there rather than throwing.</summary>
    private static ReadOnlySpan<char> Words(Transcript transcript, Turn turn)
    {
        int start = Math.Clamp(turn.Words.Start, 0, transcript.Text.Length);
        int end = Math.Clamp(turn.Words.End, start, transcript.Text.Length);
        return transcript.Text.AsSpan(start, end - start);
    }
}
