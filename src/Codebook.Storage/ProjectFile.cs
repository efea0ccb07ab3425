using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage.Backups;
using Codebook.Storage.Locking;
using Codebook.Storage.Migrations;
using LiteDB;
using LiteDB.Engine;

namespace Codebook.Storage;

/// <summary>Creates and opens project files (<c>NAME.codebook</c>, one LiteDB file), each held by one process at a
/// time through its <see cref="ProjectLock"/>, and encrypted (LiteDB's AES) when it has a password.</summary>
public static partial class ProjectFile
{
    public const string Extension = ".codebook";

    public static LiteProjectStore Create(string path, Coder creator, IClock clock, ProjectOpening? opening = null)
    {
        opening ??= ProjectOpening.Default;
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new CodebookException(ErrorCode.ProjectExists, "a file already exists here", path,
                "choose another name, or open this project with --project");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var held = ProjectLock.Acquire(full, path, opening.Doing, clock.UtcNow);
        ILiteEngine? engine = null;
        try
        {
            var password = opening.Password();
            engine = OpenEngine(full, path, password);
            var store = new LiteProjectStore(engine, path, clock, held, password);
            Schema.Upgrade(store.Db, path);
            var info = new ProjectInfo
            {
                Name = Path.GetFileNameWithoutExtension(full),
                CreatedAt = clock.UtcNow,
                CreatedBy = creator.Name,
                SchemaVersion = Schema.Current,
            };
            var document = store.Db.Mapper.ToDocument(info);
            document["_id"] = LiteProjectStore.InfoId;
            store.Db.GetCollection(Collections.Project).Insert(document);
            return store;
        }
        catch
        {
            engine?.Dispose();
            File.Delete(full);
            held.Dispose();
            throw;
        }
    }

    public static LiteProjectStore Open(string path, IClock clock, ProjectOpening? opening = null)
    {
        opening ??= ProjectOpening.Default;
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CodebookException(ErrorCode.NoProject, "no project file here", path,
                "check the path, or create one with 'codebook init PATH'");
        }
        var held = ProjectLock.Acquire(full, path, opening.Doing, clock.UtcNow);
        ILiteEngine? engine = null;
        try
        {
            var stamp = ProjectStamp.Of(full);
            var password = IsEncrypted(full, path) ? opening.Password() ?? throw PasswordNeeded(path) : null;
            engine = OpenEngine(full, path, password);
            if (LiteProjectStore.InfoDocument(engine) is null)
            {
                throw new CodebookException(ErrorCode.BadProject, "this LiteDB file is not a Codebook project", path,
                    "open a file made by 'codebook init'");
            }
            var version = engine.UserVersion();
            var store = new LiteProjectStore(engine, path, clock, held, password, version == Schema.Current ? stamp : null);
            // A file of this schema version needs neither a backup nor a step, nor LiteDatabase's client for them.
            if (version < Schema.Current) BackUp(store.Db, full, "migrate", clock.UtcNow, password);
            if (version != Schema.Current) Schema.Upgrade(store.Db, path);
            return store;
        }
        catch (Exception e)
        {
            engine?.Dispose();
            held.Dispose();
            if (e is CodebookException) throw;
            throw Damaged(path, e);
        }
    }

    /// <summary>Whether the project at <paramref name="path"/> is encrypted; refuses files that are not LiteDB files.</summary>
    public static bool IsEncrypted(string path) => IsEncrypted(Path.GetFullPath(path), path);

    /// <summary>Puts <paramref name="backup"/> in place of the project, after backing up the file as it is now (a
    /// copy of its bytes: the project may be damaged, which is why one restores). The backup is checked first: it
    /// must open, with the project's password when it is encrypted.</summary>
    public static ProjectBackup Restore(string path, ProjectBackup backup, IClock clock, ProjectOpening opening)
    {
        var full = Path.GetFullPath(path);
        var restoring = full + ".restoring";
        using var held = ProjectLock.Acquire(full, path, opening.Doing, clock.UtcNow);
        var password = IsEncrypted(backup.Path, backup.Name) ? opening.Password() ?? throw PasswordNeeded(backup.Name) : null;
        OpenEngine(backup.Path, backup.Name, password).Dispose();
        var before = ProjectBackups.NewPath(full, "restore", clock.UtcNow);
        if (File.Exists(full)) File.Copy(full, before);
        try
        {
            File.Copy(backup.Path, restoring, overwrite: true);
            File.Move(restoring, full, overwrite: true);
        }
        finally
        {
            File.Delete(restoring);
        }
        ProjectBackups.Prune(full);
        return ProjectBackups.List(full).Single(b => b.Path == before);
    }

    internal static ProjectBackup BackUp(LiteDatabase db, string fullPath, string operation, DateTime now, string? password)
    {
        var path = ProjectBackups.NewPath(fullPath, operation, now);
        try
        {
            ProjectCopy.Write(db, path, password);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        ProjectBackups.Prune(fullPath);
        return ProjectBackups.List(fullPath).Single(b => b.Path == path);
    }

    /// <summary>LiteDB would take an empty file for a new database and can fail in odd ways on other files, so check
    /// the start of the file before opening: LiteDB 5 writes its signature at offset 32 of the first page, and an
    /// encrypted file starts with 1 (then the salt) and has no signature in clear.</summary>
    private static bool IsEncrypted(string fullPath, string shownPath)
    {
        var signature = "** This is a LiteDB file **"u8;
        var head = new byte[32 + signature.Length];
        int read;
        using (var file = File.OpenRead(fullPath)) read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == head.Length && head.AsSpan(32).SequenceEqual(signature)) return false;
        if (read == head.Length && head[0] == 1) return true;
        throw new CodebookException(ErrorCode.BadProject, "not a Codebook project file (it is not a LiteDB database)",
            shownPath, "open a file made by 'codebook init'");
    }

    /// <summary>LiteDB's client over the file, for a backup's check and copy.</summary>
    private static LiteDatabase Connect(string fullPath, string shownPath, string? password) =>
        new(OpenEngine(fullPath, shownPath, password), ProjectMapper.Create());

    /// <summary>The file in LiteDB's engine (direct mode, as <c>Connection = Direct</c> opens it), dates read as UTC.</summary>
    private static LiteEngine OpenEngine(string fullPath, string shownPath, string? password)
    {
        try
        {
            var engine = new LiteEngine(new EngineSettings { Filename = fullPath, Password = password });
            try
            {
                engine.Pragma(Pragmas.UTC_DATE, true);
            }
            catch
            {
                engine.Dispose();
                throw;
            }
            return engine;
        }
        catch (LiteException e) when (password is not null && File.Exists(fullPath) && new FileInfo(fullPath).Length > 0)
        {
            throw new CodebookException(ErrorCode.WrongPassword, "the password does not open this encrypted project", shownPath,
                "check the password (CODEBOOK_PASSWORD, --password-file, or the prompt); a damaged file also fails here", e);
        }
        // A read-only file is an UnauthorizedAccessException: it is not damaged, and saying so would alarm for nothing.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CodebookException(ErrorCode.BadProject, $"cannot open the project file: {e.Message}", shownPath,
                "check that no other program is using it and that you may read and write it", e);
        }
        catch (Exception e) when (e is not CodebookException)
        {
            throw Damaged(shownPath, e);
        }
    }

    private static CodebookException PasswordNeeded(string path) => new(ErrorCode.PasswordNeeded,
        "the project is encrypted and no password was given", path,
        "set CODEBOOK_PASSWORD, pass --password-file FILE, or run the command in a terminal to be asked");

    private static CodebookException Damaged(string path, Exception e) =>
        new(ErrorCode.BadProject, $"not a Codebook project file, or a damaged one ({e.Message})", path,
            "open a file made by 'codebook init', or restore a backup ('codebook restore')", e);
}
