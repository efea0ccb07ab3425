namespace Codebook.Core.Model;

/// <summary>One speaker's contribution. The label stays in the transcript text; <see cref="Label"/> and
/// <see cref="Words"/> locate it and the words spoken.</summary>
public sealed class Turn
{
    /// <summary>Zero-based position of the turn in its transcript.</summary>
    public int Index { get; set; }

    /// <summary>The speaker as labelled in the transcript (without markup), or null for unlabelled text.</summary>
    public string? Speaker { get; set; }

    public SpeakerRole Role { get; set; }

    /// <summary>How <see cref="Role"/> was decided.</summary>
    public RoleDecision RoleDecidedBy { get; set; }

    /// <summary>Time into the recording where the turn starts, when the transcript gives one.</summary>
    public TimeSpan? Timestamp { get; set; }

    /// <summary>The label with its markup (timestamp, brackets, bold, colon); empty for unlabelled turns.</summary>
    public TextSpan Label { get; set; }

    /// <summary>The words spoken, from the first character after the label to the end of the last continuation line.</summary>
    public TextSpan Words { get; set; }

    /// <summary>One-based line of the transcript text where the turn starts.</summary>
    public int Line { get; set; }

    /// <summary>One-based line where the turn ends (inclusive).</summary>
    public int EndLine { get; set; }
}
