namespace Codebook.Formats.Transcripts;

/// <summary>Decides which label candidates of one file are speakers. A name-like label must recur (or be declared,
/// or be a known interviewer label), so that a one-off "Résultat : rien." inside a turn stays text.</summary>
internal sealed class SpeakerLabels(IEnumerable<string> declared)
{
    /// <summary>In a file where no label recurs, single labels are trusted only when they open this share of its lines.</summary>
    private const double TinyFileShare = 1.0 / 3;

    private readonly HashSet<string> declaredKeys = declared.Select(TextFolding.LabelKey).ToHashSet(StringComparer.Ordinal);

    public bool IsPlausible(string name) =>
        declaredKeys.Contains(TextFolding.LabelKey(name)) || SpeakerNames.IsInterviewerLabel(name) || SpeakerNames.IsNameLike(name);

    /// <summary>The label keys accepted as speakers, given every candidate name and the number of non-blank lines.</summary>
    public HashSet<string> Accept(IReadOnlyList<string> candidates, int lines)
    {
        var counts = candidates.GroupBy(TextFolding.LabelKey).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        bool anyRecurs = counts.Values.Any(count => count >= 2);
        bool tiny = !anyRecurs && candidates.Count >= TinyFileShare * lines;
        return counts
            .Where(pair => tiny || pair.Value >= 2 || declaredKeys.Contains(pair.Key) || SpeakerNames.IsInterviewerLabel(pair.Key))
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
