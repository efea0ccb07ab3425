namespace Codebook.Core.Media;

/// <summary>The audio or video file a transcript was made from: linked by its path, never copied into the project.</summary>
public sealed class Recording
{
    /// <summary>The transcript the recording belongs to (one recording per transcript).</summary>
    public string TranscriptId { get; set; } = "";

    /// <summary>Where the file is: relative to the project file's folder when it is under it or beside it, else absolute
    /// (<see cref="RecordingPath"/>).</summary>
    public string Path { get; set; } = "";

    /// <summary>Added to the transcript's times to find the place in the recording, for a transcript whose clock
    /// differs from its recording's (it started later, or the recording has a lead-in).</summary>
    public TimeSpan Offset { get; set; }
}
