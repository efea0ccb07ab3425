using Codebook.Core.Model;

namespace Codebook.Core.Speakers;

/// <summary>Gathers the turns of transcripts by speaker (names folded), counting spoken words by the project's rule
/// (<see cref="SpokenWords"/>). Notes and unlabelled text belong to no speaker.</summary>
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
            all.Sum(x => SpokenWords.Of(x.Transcript.Text, x.Turn)),
            all.Select(x => x.Turn.Role).Distinct().Order().ToList(),
            all.Select(x => x.Turn.RoleDecidedBy).Distinct().Order().ToList());
    }
}
