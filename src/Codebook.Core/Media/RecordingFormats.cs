namespace Codebook.Core.Media;

/// <summary>The audio and video files a transcript's recording may be: what import looks for beside a transcript.</summary>
public static class RecordingFormats
{
    public static IReadOnlyList<string> Extensions { get; } = [".mp3", ".wav", ".m4a", ".ogg", ".opus", ".flac", ".mp4", ".webm", ".mkv", ".mov"];

    public static bool IsRecording(string path) => Extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
