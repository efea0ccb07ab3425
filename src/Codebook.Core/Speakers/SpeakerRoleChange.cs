using Codebook.Core.Changes;
using Codebook.Core.Model;

namespace Codebook.Core.Speakers;

/// <summary>What <see cref="SpeakerService.SetRole"/> did.</summary>
/// <param name="Turns">Turns whose role changed.</param>
/// <param name="Transcripts">Transcripts where the speaker speaks, among those asked about.</param>
/// <param name="Change">The logged change; null when every turn already had the role by hand (nothing written).</param>
public sealed record SpeakerRoleChange(string Name, SpeakerRole Role, int Turns, IReadOnlyList<string> Transcripts, Change? Change);
