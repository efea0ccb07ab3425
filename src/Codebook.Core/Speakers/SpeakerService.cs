using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Speakers;

/// <summary>The speakers of a project: listed with their turns, words and roles; a role set by hand or a name
/// respelt, each one logged, undoable change. Names match ignoring case and accents (<see cref="SpeakerName"/>).</summary>
public sealed class SpeakerService(IProjectStore store, Coder coder)
{
    /// <summary>The roles a researcher can give a speaker (none and note are not people's roles).</summary>
    public static IReadOnlyList<SpeakerRole> Settable { get; } = [SpeakerRole.Interviewer, SpeakerRole.Participant, SpeakerRole.Other];

    /// <summary>Every speaker of the project, or of one transcript, by name.</summary>
    public IReadOnlyList<Speaker> List(string? transcriptId = null) => SpeakerTally.Of(Transcripts(transcriptId));

    /// <summary>Sets the role of <paramref name="name"/>'s turns, in one transcript or in all of them; without a
    /// transcript the role also goes into the project's table, so transcripts imported later follow it.</summary>
    public SpeakerRoleChange SetRole(string name, SpeakerRole role, string? transcriptId = null)
    {
        if (!Settable.Contains(role))
        {
            throw new CodebookException(ErrorCode.Usage, $"'{Describe(role)}' is not a role a speaker can be given", "speakers set-role",
                $"give one of {string.Join(", ", Settable.Select(Describe))}");
        }
        var transcripts = Transcripts(transcriptId);
        var speaker = Require(name, transcripts, transcriptId);
        var key = SpeakerName.KeyOf(speaker.Name);
        var changed = new List<Transcript>();
        int turns = 0;
        foreach (var transcript in transcripts)
        {
            int here = SpeakerRoles.Set(transcript, key, role);
            if (here == 0) continue;
            turns += here;
            changed.Add(transcript);
        }
        var entry = transcriptId is null ? new SpeakerRoleEntry { Id = key, Name = speaker.Name, Role = role } : null;
        var stored = store.SpeakerRoles().FirstOrDefault(e => e.Id == key);
        bool newEntry = entry is not null && (stored is null || stored.Role != role || stored.Name != entry.Name);
        if (changed.Count == 0 && !newEntry) return new SpeakerRoleChange(speaker.Name, role, 0, speaker.Transcripts, null);

        var where = transcriptId is null ? $"in {Counted.Of(speaker.Transcripts.Count, "transcript")}" : $"in {transcriptId}";
        var change = store.Commit(coder.Name, "speaker.role", $"speaker '{speaker.Name}' set to {Describe(role)} {where} ({Counted.Of(turns, "turn")})", changes =>
        {
            changed.ForEach(changes.Put);
            if (newEntry) changes.Put(entry!);
        });
        return new SpeakerRoleChange(speaker.Name, role, turns, speaker.Transcripts, change);
    }

    /// <summary>Renames a speaker in every transcript: how two spellings of one person become one. Each turn keeps its
    /// role; a role in the project's table follows the name.</summary>
    public Speaker Rename(string oldName, string newName)
    {
        var name = newName.Trim();
        if (name.Length == 0 || name.Contains('\n'))
        {
            throw new CodebookException(ErrorCode.Usage, "a speaker's new name must be one line of text", "speakers rename",
                new ErrorHint(HintKind.RenameSpeakerExample));
        }
        var transcripts = Transcripts(null);
        var speaker = Require(oldName, transcripts, null);
        var (oldKey, newKey) = (SpeakerName.KeyOf(speaker.Name), SpeakerName.KeyOf(name));
        if (speaker.Spellings.SequenceEqual([name]))
        {
            throw new CodebookException(ErrorCode.Usage, $"the speaker is already called '{name}'", "speakers rename", "give another name");
        }

        var changed = new List<Transcript>();
        foreach (var transcript in transcripts)
        {
            var turns = transcript.Turns.Where(t => t.Speaker is { } s && SpeakerName.KeyOf(s) == oldKey).ToList();
            if (turns.Count == 0) continue;
            turns.ForEach(t => t.Speaker = name);
            SpeakerRoles.FollowInterviewers(transcript, oldKey);
            SpeakerRoles.FollowInterviewers(transcript, newKey);
            changed.Add(transcript);
        }
        var table = store.SpeakerRoles();
        var moved = table.FirstOrDefault(e => e.Id == oldKey);
        var keep = table.FirstOrDefault(e => e.Id == newKey && e.Id != oldKey);
        store.Commit(coder.Name, "speaker.rename",
            $"renamed speaker '{speaker.Name}' to '{name}' ({Counted.Of(speaker.Turns, "turn")} in {Counted.Of(changed.Count, "transcript")})", changes =>
            {
                changed.ForEach(changes.Put);
                if (moved is null || keep is not null) return;
                changes.RemoveSpeakerRole(moved.Id);
                changes.Put(new SpeakerRoleEntry { Id = newKey, Name = name, Role = moved.Role });
            });
        return SpeakerTally.Of(changed).First(s => SpeakerName.KeyOf(s.Name) == newKey);
    }

    /// <summary>A role as commands and the index write it: "interviewer", "participant", "other", "note".</summary>
    public static string Describe(SpeakerRole role) => role.ToString().ToLowerInvariant();

    private IReadOnlyList<Transcript> Transcripts(string? transcriptId) =>
        transcriptId is null ? store.Transcripts() : [store.RequireTranscript(transcriptId)];

    private Speaker Require(string name, IReadOnlyList<Transcript> transcripts, string? transcriptId)
    {
        var speakers = SpeakerTally.Of(transcripts);
        var key = SpeakerName.KeyOf(name);
        if (key.Length > 0 && speakers.FirstOrDefault(s => SpeakerName.KeyOf(s.Name) == key) is { } found) return found;
        var close = Close(key, speakers);
        var where = transcriptId is null ? "this project" : $"transcript '{transcriptId}'";
        var meant = string.Join(", ", close.Select(n => $"'{n}'"));
        throw new CodebookException(ErrorCode.NotFound, $"no speaker '{name.Trim()}' in {where}", store.Location,
            transcriptId is null ? new ErrorHint(HintKind.ListSpeakers, meant) : new ErrorHint(HintKind.ListSpeakersOf, transcriptId, meant));
    }

    /// <summary>Names a typo or a part of the name may have meant: within a few edits, or holding or held in it.</summary>
    private static List<string> Close(string key, IReadOnlyList<Speaker> speakers) =>
        speakers
            .Select(s => (s.Name, Key: SpeakerName.KeyOf(s.Name)))
            .Select(s => (s.Name, Distance: Holds(key, s.Key) || Holds(s.Key, key) ? 0 : EditDistance.Between(key, s.Key)))
            .Where(s => s.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(s => s.Distance).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Take(5).Select(s => s.Name).ToList();

    /// <summary>Whether a name holds another of at least three letters ("Sonia Branca" holds "Sonia"): a one-letter label
    /// such as "E" is in too many names to be a hint.</summary>
    private static bool Holds(string name, string part) => part.Length >= 3 && name.Contains(part, StringComparison.Ordinal);
}
