using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Decides each speaker's role and how: the front matter (<c>interviewer:</c>, <c>speakers:</c>), else a marker
/// in the label (<c>ENQ</c>, <c>(INT)</c>, <c>Entrevistadora</c>, <c>E:</c> beside <c>P:</c>), else — when nothing marks
/// an interviewer — the one speaker who asks markedly more questions; everyone else is a participant by default.
/// Import warns, naming whom, when the questions decided or when no interviewer was found.</summary>
internal static class RoleAssigner
{
    /// <summary>The questioner must end at least this share of turns with '?', and twice every other speaker's share.</summary>
    private const double QuestionShare = 0.3;

    /// <summary>Role and decision by label key (see <see cref="Folding.LabelKey"/>).</summary>
    public static Dictionary<string, (SpeakerRole Role, RoleDecision DecidedBy)> Assign(
        string file, string text, IReadOnlyList<TurnDraft> turns, FrontMatter frontMatter, List<string> warnings)
    {
        var roles = new Dictionary<string, (SpeakerRole, RoleDecision)>(StringComparer.Ordinal);
        foreach (var (name, role) in frontMatter.SpeakerRoles) roles[Folding.LabelKey(name)] = (role, RoleDecision.FrontMatter);
        foreach (string name in frontMatter.Interviewers) roles[Folding.LabelKey(name)] = (SpeakerRole.Interviewer, RoleDecision.FrontMatter);

        var speech = turns.Where(t => t.Speaker is not null && !t.IsNote).ToList();
        var keys = speech.Select(t => Folding.LabelKey(t.Speaker!)).ToHashSet(StringComparer.Ordinal);
        var letters = SpeakerNames.LetterInterviewers(keys);
        foreach (var turn in speech)
        {
            string key = Folding.LabelKey(turn.Speaker!);
            if (!roles.ContainsKey(key) && (turn.RoleNamesInterviewer || SpeakerNames.IsInterviewerLabel(key) || letters.Contains(key)))
                roles[key] = (SpeakerRole.Interviewer, RoleDecision.Marker);
        }

        if (speech.Count > 0 && !roles.Values.Any(r => r.Item1 == SpeakerRole.Interviewer))
            GuessFromQuestions(file, text, speech, roles, warnings);
        foreach (string key in keys) roles.TryAdd(key, (SpeakerRole.Participant, RoleDecision.Default));
        return roles;
    }

    /// <summary>The speaker who ends markedly more turns with a question is taken for the interviewer, with a warning;
    /// if none does, a warning names the likeliest one and the command that sets it.</summary>
    private static void GuessFromQuestions(string file, string text, List<TurnDraft> speech,
        Dictionary<string, (SpeakerRole, RoleDecision)> roles, List<string> warnings)
    {
        var speakers = speech.GroupBy(t => Folding.LabelKey(t.Speaker!))
            .Where(g => !roles.ContainsKey(g.Key))
            .Select(g => (Name: g.First().Speaker!, Key: g.Key, Share: g.Average(t => AsksQuestion(text, t) ? 1.0 : 0.0)))
            .OrderByDescending(s => s.Share)
            .ToList();
        if (speakers.Count == 0) return;
        var asker = speakers[0];
        if (speakers.Count >= 2 && asker.Share >= QuestionShare && speakers.Skip(1).All(other => asker.Share >= 2 * other.Share))
        {
            roles[asker.Key] = (SpeakerRole.Interviewer, RoleDecision.Questions);
            warnings.Add($"took '{asker.Name}' for the interviewer in {file}: no label marks one, and their turns end with a question " +
                         $"more often; if that is wrong, set the right one with `codebook speakers set-role \"NAME\" interviewer`");
            return;
        }
        warnings.Add($"found no interviewer in {file}: no label marks one (ENQ, INT, Entrevistador, …) and no speaker asks most of " +
                     $"the questions — if it is '{asker.Name}', set it with `codebook speakers set-role \"{asker.Name}\" interviewer`");
    }

    private static bool AsksQuestion(string text, TurnDraft turn) =>
        text.AsSpan(turn.Words.Start, turn.Words.Length).TrimEnd(" \"»”)").EndsWith("?");
}
