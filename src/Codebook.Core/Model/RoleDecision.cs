namespace Codebook.Core.Model;

/// <summary>How a turn's <see cref="SpeakerRole"/> was decided, so a researcher can see which roles to check.</summary>
public enum RoleDecision
{
    /// <summary>No speaker: unlabelled text or a note.</summary>
    None,

    /// <summary>The label carries an interviewer marker (<c>ENQ</c>, <c>(INT)</c>, <c>Entrevistador</c>, a VTT class, ...).</summary>
    Marker,

    /// <summary>The front matter names the speaker (<c>interviewer:</c>, <c>speakers:</c>).</summary>
    FrontMatter,

    /// <summary>Guessed: the speaker who asks most of the questions.</summary>
    Questions,

    /// <summary>Not the interviewer by any of the rules above: a participant by default.</summary>
    Default,

    /// <summary>Set by the researcher (<c>speakers set-role</c> or the UI).</summary>
    ByHand,
}
