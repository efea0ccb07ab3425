namespace Codebook.Core.Model;

/// <summary>Who speaks in a turn: the interviewer, a participant, or nobody named (a note or preamble).</summary>
public enum SpeakerRole
{
    None,
    Participant,
    Interviewer,
}
