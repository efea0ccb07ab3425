using Codebook.Formats.FileKinds;

namespace Codebook.Cli.Importing;

/// <summary>Which files the import takes as transcripts, and where the others go, in the command line's words.</summary>
public static class TranscriptFiles
{
    /// <summary>Why <paramref name="file"/> is not imported as a transcript; null when it is one. A project or a
    /// codebook found in a folder is named for what it is, and skipped.</summary>
    public static string? ProblemOf(string file) => FileKindDetector.Of(file) switch
    {
        FileKind.Transcript => null,
        var kind and (FileKind.Project or FileKind.RefiCodebook or FileKind.CsvCodebook or FileKind.MarkdownCodebook) =>
            $"{FileKindDetector.Describe(kind)}, not a transcript: import it on its own with codebook import {file}",
        _ => $"not a transcript format Codebook reads (it reads {string.Join(", ", Formats.Transcripts.TranscriptReader.Extensions)}; "
            + "and, given alone, a .qdpx project or a .qdc, .csv or Markdown codebook)",
    };
}
