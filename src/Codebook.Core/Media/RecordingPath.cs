namespace Codebook.Core.Media;

/// <summary>How a recording's path is stored: relative to the folder of the project file when the file is there or
/// below it (so the project and its recordings can move together), else absolute; and read back to a full path.</summary>
public static class RecordingPath
{
    /// <param name="projectFile">The project file's path.</param>
    /// <param name="file">The recording, absolute or relative to the current folder.</param>
    public static string ToStored(string projectFile, string file)
    {
        var full = System.IO.Path.GetFullPath(file);
        var relative = System.IO.Path.GetRelativePath(FolderOf(projectFile), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }

    /// <summary>The full path of a stored path.</summary>
    public static string ToFull(string projectFile, string stored) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(FolderOf(projectFile), stored));

    private static string FolderOf(string projectFile) => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(projectFile)) ?? ".";
}
