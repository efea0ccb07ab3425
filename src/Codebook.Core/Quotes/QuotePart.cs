using Codebook.Core.Model;

namespace Codebook.Core.Quotes;

/// <summary>What one speaker says in a quote: the spoken words of the coded span in their turns (no label, no
/// timestamp, no notes), consecutive turns of the same speaker together.</summary>
/// <param name="Speaker">The speaker as labelled, or null for unlabelled speech.</param>
public sealed record QuotePart(string? Speaker, SpeakerRole Role, string Text)
{
    /// <summary>The role as exports write it: participant, interviewer, other; empty for unlabelled speech.</summary>
    public string RoleName => Role is SpeakerRole.None or SpeakerRole.Note ? "" : Role.ToString().ToLowerInvariant();
}
