using Codebook.Core.Model;

namespace Codebook.Core.Speakers;

/// <summary>One speaker across the project (or one transcript), as the list of speakers shows it.</summary>
/// <param name="Name">The spelling most of the turns use.</param>
/// <param name="Spellings">Every spelling of the name met, the most used first.</param>
/// <param name="Transcripts">The transcripts the speaker speaks in, in the project's order.</param>
/// <param name="Words">Spoken words: the words of the speaker's turns, labels left out.</param>
/// <param name="Roles">The roles the speaker's turns have (more than one when transcripts differ).</param>
/// <param name="DecidedBy">How those roles were decided.</param>
public sealed record Speaker(
    string Name,
    IReadOnlyList<string> Spellings,
    IReadOnlyList<string> Transcripts,
    int Turns,
    int Words,
    IReadOnlyList<SpeakerRole> Roles,
    IReadOnlyList<RoleDecision> DecidedBy);
