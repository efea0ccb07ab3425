namespace Codebook.Storage;

/// <summary>A project file as it lies on disk: its length and last write time, taken when no LiteDB log beside it
/// holds changes not yet written into the file. Taken under the project's lock, two equal stamps mean nothing wrote
/// the file between them: a command that only reads leaves both as they were. A search uses it to answer from its
/// index alone when the index was confirmed current for the file as it still is (<c>Cli/IndexAlone</c>).</summary>
public sealed record ProjectStamp(long Length, long LastWriteTicks)
{
    /// <summary>The stamp of the file at <paramref name="fullPath"/>, or null when there is no file, or a log beside
    /// it (<c>NAME-log.codebook</c>: changes LiteDB has not yet written into the file).</summary>
    public static ProjectStamp? Of(string fullPath)
    {
        var file = new FileInfo(fullPath);
        if (!file.Exists || File.Exists(LogOf(fullPath))) return null;
        return new(file.Length, file.LastWriteTimeUtc.Ticks);
    }

    /// <summary>LiteDB's write-ahead log of <paramref name="fullPath"/> (its <c>FileHelper.GetLogFile</c>).</summary>
    internal static string LogOf(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, Path.GetFileNameWithoutExtension(fullPath) + "-log" + Path.GetExtension(fullPath));

    public override string ToString() => $"{Length} {LastWriteTicks}";

    /// <summary>The stamp <see cref="ToString"/> wrote, or null for any other text.</summary>
    public static ProjectStamp? Parse(string text) =>
        text.Split(' ') is [var length, var ticks] && long.TryParse(length, out var l) && long.TryParse(ticks, out var t) ? new(l, t) : null;
}
