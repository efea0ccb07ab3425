namespace Codebook.Formats.Transcripts;

/// <summary>What may be a turn's label at the start of a line; offsets are into the transcript text.</summary>
/// <param name="Name">The speaker's name without markup, or null for a bare timestamp or a dialogue dash.</param>
/// <param name="RoleNamesInterviewer">The label's <c>(ROLE)</c> says this speaker is the interviewer.</param>
/// <param name="TimestampEnd">Where a bracketed timestamp ends, or -1 without one.</param>
internal sealed record LabelCandidate(int Start, int End, string? Name, bool RoleNamesInterviewer, TimeSpan? Timestamp, int TimestampEnd, bool IsDash)
{
    /// <summary>The same line read as a bare timestamp, when its name is not accepted as a speaker.</summary>
    public LabelCandidate? TimestampOnly() =>
        TimestampEnd < 0 ? null : this with { End = TimestampEnd, Name = null, RoleNamesInterviewer = false };
}
