using Codebook.Core.Errors;
using Codebook.Core.Time;
using Codebook.Storage.Backups;
using Codebook.Storage.Locking;
using LiteDB;

namespace Codebook.Storage;

/// <summary>Putting a password on a project and taking it off: <c>encrypt</c> and <c>decrypt</c>, and the
/// project's backups made before <c>encrypt</c>, encrypted alike.</summary>
public static partial class ProjectFile
{
    /// <summary>Encrypts the project in clear with <paramref name="password"/> (see <see cref="ChangePassword"/>), then
    /// its backups made before, with the same password, each one the same safe way: written encrypted beside itself,
    /// reopened with the password and checked, then moved over itself in one rename. The backup of the file in clear
    /// made by this step goes: the encrypted project holds the same, and a copy in clear would defeat the
    /// encryption.</summary>
    public static BackupEncryption Encrypt(string path, IClock clock, ProjectOpening opening, string password)
    {
        var full = Path.GetFullPath(path);
        using var held = ChangePassword(path, clock, opening, password, out var backup);
        File.Delete(backup.Path);
        var done = EncryptBackups(full, password);
        var folder = ProjectBackups.FolderOf(full);
        if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        return done;
    }

    /// <summary>Takes the password off the project (see <see cref="ChangePassword"/>) and returns the backup of the
    /// encrypted file as it was. Backups stay encrypted: decrypting them would leave copies in clear nobody asked
    /// for; restoring one asks for its password.</summary>
    public static ProjectBackup Decrypt(string path, IClock clock, ProjectOpening opening)
    {
        using var held = ChangePassword(path, clock, opening, null, out var backup);
        return backup;
    }

    /// <summary>Encrypts the backups still in clear of an encrypted project with its password (checked by opening
    /// the project), under its lock: what an interrupted <see cref="Encrypt"/> left to do.</summary>
    public static BackupEncryption EncryptBackups(string path, IClock clock, ProjectOpening opening)
    {
        if (!ProjectBackups.List(path).Any(InClear)) return BackupEncryption.None;
        using var store = Open(path, clock, opening);
        return store.Encrypted ? EncryptBackups(Path.GetFullPath(path), store.Password!) : BackupEncryption.None;
    }

    /// <summary>Rewrites the project with <paramref name="newPassword"/> (null: in clear), safely: a backup of the
    /// file as it was, the new file written beside it and checked, then moved over the old one in one rename, all
    /// under the project's lock, which is returned still held.</summary>
    private static ProjectLock ChangePassword(string path, IClock clock, ProjectOpening opening, string? newPassword,
        out ProjectBackup backup)
    {
        var full = Path.GetFullPath(path);
        var converting = full + ".converting";
        using var store = Open(path, clock, opening);
        var held = ProjectLock.Acquire(full, path, opening.Doing, clock.UtcNow);
        try
        {
            backup = store.Backup(newPassword is null ? "decrypt" : "encrypt");
            File.Delete(converting);
            store.CopyTo(converting, newPassword);
            store.Dispose();
            File.Move(converting, full, overwrite: true);
            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
        finally
        {
            File.Delete(converting);
        }
    }

    /// <summary>Each backup in clear, encrypted in turn; interrupted, each one is either as it was or encrypted whole,
    /// and a leftover <c>.converting</c> file holds only encrypted pages.</summary>
    private static BackupEncryption EncryptBackups(string fullPath, string password)
    {
        var encrypted = new List<ProjectBackup>();
        var unreadable = new List<UnreadableBackup>();
        var already = 0;
        foreach (var backup in ProjectBackups.List(fullPath))
        {
            try
            {
                // Checked first: LiteDB would take a short file that is no database for a new one and write over it.
                if (IsEncrypted(backup.Path, backup.Name)) already++;
                else encrypted.Add(EncryptBackup(backup, password));
            }
            catch (Exception e) when (e is CodebookException or IOException or LiteException)
            {
                unreadable.Add(new UnreadableBackup(backup, e.Message));
            }
        }
        return new BackupEncryption(encrypted, already, unreadable);
    }

    /// <summary>Whether a backup may hold text in clear: not encrypted, or not even a LiteDB file.</summary>
    private static bool InClear(ProjectBackup backup)
    {
        try
        {
            return !IsEncrypted(backup.Path, backup.Name);
        }
        catch (Exception e) when (e is CodebookException or IOException)
        {
            return true;
        }
    }

    private static ProjectBackup EncryptBackup(ProjectBackup backup, string password)
    {
        var converting = backup.Path + ".converting";
        File.Delete(converting);
        try
        {
            using (var plain = Connect(backup.Path, backup.Name, null)) ProjectCopy.Write(plain, converting, password);
            File.Move(converting, backup.Path, overwrite: true);
        }
        finally
        {
            File.Delete(converting);
        }
        return backup with { Bytes = new FileInfo(backup.Path).Length };
    }
}
