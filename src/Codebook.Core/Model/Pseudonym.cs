namespace Codebook.Core.Model;

/// <summary>A real name of the study (a person, place or organisation) and the pseudonym exports print instead.</summary>
public sealed class Pseudonym
{
    /// <summary>The real name folded (case, accents and apostrophe style ignored): one entry per name however it is spelt.</summary>
    public string Id { get; set; } = "";

    public string RealName { get; set; } = "";

    public string Replacement { get; set; } = "";

    /// <summary>The real name's initials ("DP"), when they are written in the transcripts and must be replaced too
    /// (by the pseudonym's); null when not listed.</summary>
    public string? Initials { get; set; }

    public PseudonymKind Kind { get; set; }
}
