namespace Codebook.Core.Model;

/// <summary>A role the researcher set for a speaker across the project: it holds for the transcripts already there and
/// for those imported later.</summary>
public sealed class SpeakerRoleEntry
{
    /// <summary>The speaker's name folded (case, accents and apostrophe style ignored): one entry per speaker however
    /// the name is spelt.</summary>
    public string Id { get; set; } = "";

    /// <summary>The name as the researcher gave it.</summary>
    public string Name { get; set; } = "";

    public SpeakerRole Role { get; set; }
}
