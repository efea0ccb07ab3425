using System.Globalization;
using System.Text;

namespace Codebook.Storage.Locking;

/// <summary>Who holds a project's lock, as written in its lock file: program, process id, host, user, since when and
/// what it is doing (<c>codebook tui</c>, <c>codebook import</c>).</summary>
public sealed record LockHolder(string Program, int Pid, string Host, string User, DateTime Since, string Doing)
{
    public static LockHolder OfThisProcess(string doing, DateTime since) => new(
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) ?? "codebook", Environment.ProcessId,
        Environment.MachineName, Environment.UserName, since, doing);

    /// <summary>One <c>key: value</c> line per field, readable by a person who finds the file. The time in the sortable
    /// format (<c>2026-03-04T05:06:07Z</c>), which .NET writes without parsing a custom format: every command writes it,
    /// and the custom format's first use cost some 3 ms.</summary>
    public string Describe() => string.Join('\n',
        $"program: {Program}", $"pid: {Pid}", $"host: {Host}", $"user: {User}",
        $"since: {Since.ToString("s", CultureInfo.InvariantCulture)}Z", $"doing: {Doing}") + "\n";

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(Describe());

    /// <summary>The holder described in the lock file at <paramref name="lockFile"/>, read beside whoever holds it;
    /// null when there is no file or it is empty (the project is not open, or was closed).</summary>
    public static LockHolder? ReadFrom(string lockFile)
    {
        if (!File.Exists(lockFile)) return null;
        using var file = new FileStream(lockFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Read(file);
    }

    /// <summary>The holder described at the start of <paramref name="file"/>.</summary>
    internal static LockHolder? Read(Stream file)
    {
        file.Position = 0;
        var bytes = new byte[Math.Min(file.Length, 4096)];
        file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return Parse(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The holder described in <paramref name="text"/>, or null when it is empty or unreadable (a process
    /// that has the lock but has not written yet).</summary>
    public static LockHolder? Parse(string text)
    {
        var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0])
            .ToDictionary(group => group.Key, group => group.First()[1].Trim());
        if (!fields.TryGetValue("pid", out var pid) || !int.TryParse(pid, CultureInfo.InvariantCulture, out var id)) return null;
        DateTime.TryParse(fields.GetValueOrDefault("since"), CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var since);
        return new LockHolder(fields.GetValueOrDefault("program", "?"), id, fields.GetValueOrDefault("host", "?"),
            fields.GetValueOrDefault("user", "?"), since, fields.GetValueOrDefault("doing", "?"));
    }

    public override string ToString() =>
        $"'{Doing}' ({Program}, PID {Pid} on {Host}, user {User}, since {Since.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)";
}
