using Codebook.Core.Model;

namespace Codebook.Core.Speakers;

/// <summary>Gives a speaker a role by hand in one transcript: every turn of the speaker, and the transcript's list of
/// interviewer labels. Shared by <c>speakers set-role</c> and by imports, which apply the project's table.</summary>
internal static class SpeakerRoles
{
    /// <summary>Sets the role of the turns of the speaker whose folded name is <paramref name="key"/>; notes keep theirs.</summary>
    /// <returns>How many turns changed (role or how it was decided).</returns>
    public static int Set(Transcript transcript, string key, SpeakerRole role)
    {
        int changed = 0;
        foreach (var turn in transcript.Turns.Where(t => t.Role != SpeakerRole.Note && t.Speaker is { } s && SpeakerName.KeyOf(s) == key))
        {
            if (turn.Role == role && turn.RoleDecidedBy == RoleDecision.ByHand) continue;
            (turn.Role, turn.RoleDecidedBy) = (role, RoleDecision.ByHand);
            changed++;
        }
        if (changed > 0) FollowInterviewers(transcript, key);
        return changed;
    }

    /// <summary>Applies the project's table to a transcript about to be imported.</summary>
    /// <returns>The entries that set a role in it.</returns>
    public static IReadOnlyList<SpeakerRoleEntry> Apply(Transcript transcript, IReadOnlyList<SpeakerRoleEntry> table) =>
        table.Where(entry => Set(transcript, entry.Id, entry.Role) > 0).ToList();

    /// <summary>Keeps <see cref="Transcript.Interviewers"/> naming the speaker exactly when their turns are the interviewer's.</summary>
    public static void FollowInterviewers(Transcript transcript, string key)
    {
        transcript.Interviewers.RemoveAll(name => SpeakerName.KeyOf(name) == key);
        transcript.Interviewers.AddRange(transcript.Turns
            .Where(t => t.Role == SpeakerRole.Interviewer && t.Speaker is { } s && SpeakerName.KeyOf(s) == key)
            .Select(t => t.Speaker!).Distinct(StringComparer.Ordinal));
    }
}
