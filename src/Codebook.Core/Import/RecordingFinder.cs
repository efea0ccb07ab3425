using Codebook.Core.Media;

namespace Codebook.Core.Import;

/// <summary>The recording of a transcript being imported: the file its front matter names (<c>media: FILE</c>,
/// relative to the transcript), else a file beside it with its name and an audio or video extension. The path is
/// stored relative to the project when it can be; the file itself stays where it is.</summary>
public static class RecordingFinder
{
    public static ParsedTranscript WithRecording(ParsedTranscript parsed, string transcriptFile, string projectFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(transcriptFile)) ?? ".";
        string? found;
        var warnings = parsed.Warnings;
        if (parsed.Media is { } named)
        {
            found = Path.GetFullPath(Path.Combine(folder, named));
            if (!File.Exists(found)) warnings = [.. warnings, $"the recording '{named}' named in the front matter is not there; linked anyway (the project's recordings flag it as missing)"];
        }
        else found = Beside(folder, Path.GetFileNameWithoutExtension(transcriptFile));
        if (found is null) return parsed;
        var recording = new Recording { TranscriptId = parsed.Transcript.Id, Path = RecordingPath.ToStored(projectFile, found) };
        return parsed with { Warnings = warnings, Recording = recording };
    }

    private static string? Beside(string folder, string name) =>
        RecordingFormats.Extensions.Select(extension => Path.Combine(folder, name + extension)).FirstOrDefault(File.Exists)
        ?? Directory.EnumerateFiles(folder, name + ".*")
            .Where(RecordingFormats.IsRecording)
            .Where(file => Path.GetFileNameWithoutExtension(file) == name)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
