using Codebook.Formats.FileKinds;

namespace Codebook.Cli.Importing;

/// <summary>A file named on the command line or found in a folder, with the reason it cannot be imported, if any.</summary>
public sealed record ImportInput(string Path, string? Problem = null)
{
    public static IReadOnlyList<ImportInput> Expand(IEnumerable<string> paths) =>
        paths.SelectMany(ExpandOne).ToList();

    private static IEnumerable<ImportInput> ExpandOne(string path)
    {
        if (File.Exists(path)) return [Check(path)];
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(file => !IsHidden(System.IO.Path.GetRelativePath(path, file)))
                // Recordings beside their transcripts are linked to them, not imported.
                .Where(file => !Core.Media.RecordingFormats.IsRecording(file))
                .Order(StringComparer.Ordinal)
                .Select(Check);
        }
        return [new ImportInput(path, "no such file or folder")];
    }

    /// <summary>A file found in a folder that is a project or a codebook is named for what it is, and skipped.</summary>
    private static ImportInput Check(string file) => FileKindDetector.Of(file) switch
    {
        FileKind.Transcript => new ImportInput(file),
        var kind and (FileKind.Project or FileKind.RefiCodebook or FileKind.CsvCodebook or FileKind.MarkdownCodebook) =>
            new ImportInput(file, $"{FileKindDetector.Describe(kind)}, not a transcript: import it on its own with codebook import {file}"),
        _ => new ImportInput(file, $"not a transcript format Codebook reads (it reads {string.Join(", ", Formats.Transcripts.TranscriptReader.Extensions)}; "
            + "and, given alone, a .qdpx project or a .qdc, .csv or Markdown codebook)"),
    };

    /// <summary>Dot files and folders (.git, .DS_Store) are the system's, not the researcher's.</summary>
    private static bool IsHidden(string relativePath) =>
        relativePath.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
