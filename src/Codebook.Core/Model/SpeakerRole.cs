namespace Codebook.Core.Model;

/// <summary>Who speaks in a turn. <see cref="None"/> is unlabelled speech (text before any label); <see cref="Note"/>
/// is a line that is not speech at all (a heading, metadata, an observation note): kept in the text, never counted or
/// quoted as anyone's words.</summary>
public enum SpeakerRole
{
    None,
    Participant,
    Interviewer,
    Other,
    Note,
}
