using Codebook.Core.Errors;

namespace Codebook.Storage.Locking;

/// <summary>The lock that keeps a project file to one process: <c>NAME.codebook.lock</c> beside it, holding a
/// description of its holder (<see cref="LockHolder"/>). LiteDB's direct mode does not do this on Linux and macOS: it
/// opens the file with <c>FileShare.Read</c>, which .NET turns into a shared <c>flock</c>, so two writers could both
/// open it. The lock itself is an OS record lock (<c>fcntl</c>; <c>LockFileEx</c> on Windows) on one byte far past
/// the description, so others can still read who holds it, and the OS drops it when the holder dies, even by
/// SIGKILL: a lock file left behind by a crash is free, never a wait.</summary>
public sealed class ProjectLock : IDisposable
{
    private const long LockedByte = 1L << 20;

    // Record locks belong to the process, and closing any handle on the file drops them: so one handle per project
    // per process, shared by the stores that this process opens on it (tests and the TUI's reviews open a project twice).
    private static readonly Dictionary<string, (FileStream File, int Users)> Held = new(StringComparer.Ordinal);

    private readonly string _lockPath;
    private bool _released;

    private ProjectLock(string lockPath) => _lockPath = lockPath;

    /// <summary>The lock file of the project at <paramref name="projectFullPath"/>.</summary>
    public static string PathOf(string projectFullPath) => projectFullPath + ".lock";

    /// <summary>Takes the lock for this process, or throws <see cref="ErrorCode.ProjectInUse"/> naming its holder.</summary>
    public static ProjectLock Acquire(string projectFullPath, string shownPath, string doing, DateTime now)
    {
        var lockPath = PathOf(projectFullPath);
        lock (Held)
        {
            if (Held.TryGetValue(lockPath, out var held))
            {
                Held[lockPath] = (held.File, held.Users + 1);
                return new ProjectLock(lockPath);
            }
            var file = OpenLockFile(lockPath, shownPath);
            try
            {
                if (!OperatingSystem.IsMacOS()) file.Lock(LockedByte, 1);
            }
            catch (IOException)
            {
                var holder = LockHolder.Read(file);
                file.Dispose();
                throw InUse(shownPath, holder);
            }
            // Written through to the OS for other processes to read, not synced to the disk: the description only
            // names the holder, the record lock is what locks, and a crash of the machine ends the holder anyway (an
            // unreadable description reads as an unnamed holder). The sync cost every command some 7 ms.
            file.SetLength(0);
            file.Write(LockHolder.OfThisProcess(doing, now).ToBytes());
            file.Flush();
            Held[lockPath] = (file, 1);
            return new ProjectLock(lockPath);
        }
    }

    /// <summary>.NET has no record locks on macOS: there the file is opened exclusively (an exclusive <c>flock</c>, also
    /// dropped when its holder dies), and the holder cannot be read by others, so it goes unnamed.</summary>
    private static FileStream OpenLockFile(string lockPath, string shownPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite,
                OperatingSystem.IsMacOS() ? FileShare.None : FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException e) when (OperatingSystem.IsMacOS() && File.Exists(lockPath))
        {
            throw InUse(shownPath, null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CodebookException(ErrorCode.BadProject, $"cannot create the project's lock file ({e.Message})",
                shownPath, "check that you may write in the project's folder", e);
        }
    }

    private static CodebookException InUse(string shownPath, LockHolder? holder, Exception? inner = null) => new(
        ErrorCode.ProjectInUse,
        holder is null
            ? "the project is in use by another Codebook process"
            : $"the project is in use by another Codebook process: {holder}",
        shownPath,
        "wait for that command to finish or close that Codebook window, then try again (a lock left by a process that " +
        "crashed or was killed is freed by the system and taken over)", inner);

    /// <summary>Empties the lock file and lets go; the file itself stays, so that no other process locks a file
    /// that is being deleted.</summary>
    public void Dispose()
    {
        if (_released) return;
        _released = true;
        lock (Held)
        {
            var (file, users) = Held[_lockPath];
            if (users > 1)
            {
                Held[_lockPath] = (file, users - 1);
                return;
            }
            Held.Remove(_lockPath);
            file.SetLength(0);
            if (!OperatingSystem.IsMacOS()) file.Unlock(LockedByte, 1);
            file.Dispose();
        }
    }
}
