namespace Codebook.Formats.Transcripts;

/// <summary>What may be a turn's label at the start of a line; offsets are into the transcript text.</summary>
/// <param name="Name">The speaker's name without markup, or null for a bare timestamp or a dialogue dash.</param>
/// <param name="RoleNamesInterviewer">A marker in or after the label (<c>(ENQ)</c>, <c>[INT]</c>, <c>Name enq</c>) says this
/// speaker is the interviewer.</param>
/// <param name="TimestampEnd">Where a bracketed timestamp ends, or -1 without one.</param>
/// <param name="TurnForm">The line's form shows a turn (a timestamp, bold, a <c>(ROLE)</c>), so the label counts even if it
/// occurs only once.</param>
internal sealed record LabelCandidate(int Start, int End, string? Name, bool RoleNamesInterviewer, TimeSpan? Timestamp, int TimestampEnd, bool IsDash,
    bool TurnForm = false)
{
    /// <summary>The same line read as a bare timestamp, when its name is not accepted as a speaker.</summary>
    public LabelCandidate? TimestampOnly() =>
        TimestampEnd < 0 ? null : this with { End = TimestampEnd, Name = null, RoleNamesInterviewer = false };
}
