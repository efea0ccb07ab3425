using System.Globalization;
using Codebook.Core.Errors;

namespace Codebook.Storage.Backups;

/// <summary>The rolling set of backups of a project, in a folder beside it (<c>NAME.codebook.backups/</c>), newest
/// last; making one drops the oldest beyond <see cref="Kept"/>.</summary>
public static class ProjectBackups
{
    public const int Kept = 10;

    private const string Stamp = "yyyyMMdd'T'HHmmssfff'Z'";

    public static string FolderOf(string projectPath) => Path.GetFullPath(projectPath) + ".backups";

    public static IReadOnlyList<ProjectBackup> List(string projectPath)
    {
        var folder = FolderOf(projectPath);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*" + ProjectFile.Extension)
            .Order(StringComparer.Ordinal)
            .Select(Describe)
            .OfType<ProjectBackup>()
            .ToList();
    }

    /// <summary>The backup named <paramref name="name"/> (its file name, with or without the extension).</summary>
    public static ProjectBackup Find(string projectPath, string name) =>
        List(projectPath).FirstOrDefault(b => b.Name == name || b.Name == name + ProjectFile.Extension)
        ?? throw new CodebookException(ErrorCode.NotFound, $"no backup '{name}'", FolderOf(projectPath),
            "run 'codebook restore' to list the backups");

    /// <summary>A fresh path for a backup made now before <paramref name="operation"/>.</summary>
    internal static string NewPath(string projectPath, string operation, DateTime now)
    {
        var folder = FolderOf(projectPath);
        Directory.CreateDirectory(folder);
        var name = $"{now.ToUniversalTime().ToString(Stamp, CultureInfo.InvariantCulture)}-{operation}";
        var path = Path.Combine(folder, name + ProjectFile.Extension);
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(folder, $"{name}-{n}{ProjectFile.Extension}");
        return path;
    }

    /// <summary>Drops the oldest backups beyond <see cref="Kept"/>.</summary>
    internal static void Prune(string projectPath)
    {
        foreach (var old in List(projectPath).SkipLast(Kept)) File.Delete(old.Path);
    }

    private static ProjectBackup? Describe(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dash = name.IndexOf('-');
        if (dash < 0 || !DateTime.TryParseExact(name[..dash], Stamp, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)) return null;
        return new ProjectBackup(path, at, name[(dash + 1)..], new FileInfo(path).Length);
    }
}
