namespace Codebook.Formats.Transcripts;

/// <summary>Finds which speakers are interviewers: declared in the front matter, named so by a <c>(ROLE)</c>, a common
/// interviewer label, or else — with exactly two speakers — the one who asks markedly more questions.</summary>
internal static class InterviewerDetector
{
    /// <summary>The questioner must end at least this share of turns with '?', and twice the other's share.</summary>
    private const double QuestionShare = 0.3;

    /// <summary>The label keys (see <see cref="TextFolding.LabelKey"/>) of the interviewers.</summary>
    public static HashSet<string> Detect(string text, IReadOnlyList<TurnDraft> turns, FrontMatter frontMatter, List<string> warnings)
    {
        var keys = frontMatter.Interviewers.Select(TextFolding.LabelKey).ToHashSet(StringComparer.Ordinal);
        foreach (var turn in turns)
            if (turn.Speaker is { } speaker && (turn.RoleNamesInterviewer || SpeakerNames.IsInterviewerLabel(speaker)))
                keys.Add(TextFolding.LabelKey(speaker));
        if (keys.Count > 0) return keys;

        var speakers = turns.Where(t => t.Speaker is not null).GroupBy(t => TextFolding.LabelKey(t.Speaker!))
            .Select(g => (Name: g.First().Speaker!, Key: g.Key, Share: g.Average(t => AsksQuestion(text, t) ? 1.0 : 0.0)))
            .OrderByDescending(s => s.Share)
            .ToList();
        if (speakers.Count != 2) return keys;
        var (asker, other) = (speakers[0], speakers[1]);
        if (asker.Share >= QuestionShare && asker.Share >= 2 * other.Share)
        {
            keys.Add(asker.Key);
            warnings.Add($"took '{asker.Name}' for the interviewer (their turns end with a question more often); " +
                         "say who it is with 'interviewer:' in the front matter if that is wrong");
        }
        return keys;
    }

    private static bool AsksQuestion(string text, TurnDraft turn) =>
        text.AsSpan(turn.Words.Start, turn.Words.Length).TrimEnd(" \"»”)").EndsWith("?");
}
