using Codebook.Core.Media;

namespace Codebook.Core.Import;

/// <summary>A file named for import or found in a folder, with the reason it cannot be imported, if any.</summary>
public sealed record ImportInput(string Path, string? Problem = null)
{
    /// <summary>The files named, and those found in the folders named (in name order).</summary>
    /// <param name="problemOf">Why a file is not a transcript to import (null when it is one): the front end knows the
    /// formats, and how to say where a file of another kind goes.</param>
    public static IReadOnlyList<ImportInput> Expand(IEnumerable<string> paths, Func<string, string?> problemOf) =>
        paths.SelectMany(path => ExpandOne(path, problemOf)).ToList();

    private static IEnumerable<ImportInput> ExpandOne(string path, Func<string, string?> problemOf)
    {
        if (File.Exists(path)) return [new ImportInput(path, problemOf(path))];
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(file => !IsHidden(System.IO.Path.GetRelativePath(path, file)))
                // Recordings beside their transcripts are linked to them, not imported.
                .Where(file => !RecordingFormats.IsRecording(file))
                .Order(StringComparer.Ordinal)
                .Select(file => new ImportInput(file, problemOf(file)));
        }
        return [new ImportInput(path, "no such file or folder")];
    }

    /// <summary>Dot files and folders (.git, .DS_Store) are the system's, not the researcher's.</summary>
    private static bool IsHidden(string relativePath) =>
        relativePath.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
