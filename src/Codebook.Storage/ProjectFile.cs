using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage.Migrations;
using LiteDB;

namespace Codebook.Storage;

/// <summary>Creates and opens project files (<c>NAME.codebook</c>, one LiteDB file).</summary>
public static class ProjectFile
{
    public const string Extension = ".codebook";

    public static LiteProjectStore Create(string path, Coder creator, IClock clock)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new CodebookException(ErrorCode.ProjectExists, "a file already exists here", path,
                "choose another name, or open this project with --project");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var db = Connect(full, path);
        try
        {
            Schema.Upgrade(db, path);
            var info = new ProjectInfo
            {
                Name = Path.GetFileNameWithoutExtension(full),
                CreatedAt = clock.UtcNow,
                CreatedBy = creator.Name,
                SchemaVersion = Schema.Current,
            };
            var document = db.Mapper.ToDocument(info);
            document["_id"] = LiteProjectStore.InfoId;
            db.GetCollection(Collections.Project).Insert(document);
            return new LiteProjectStore(db, path, clock);
        }
        catch
        {
            db.Dispose();
            File.Delete(full);
            throw;
        }
    }

    public static LiteProjectStore Open(string path, IClock clock)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CodebookException(ErrorCode.NoProject, "no project file here", path,
                "check the path, or create one with 'codebook init PATH'");
        }
        RequireLiteDbHeader(full, path);
        var db = Connect(full, path);
        try
        {
            if (db.GetCollection(Collections.Project).FindById(LiteProjectStore.InfoId) is null)
            {
                throw new CodebookException(ErrorCode.BadProject, "this LiteDB file is not a Codebook project", path,
                    "open a file made by 'codebook init'");
            }
            Schema.Upgrade(db, path);
            return new LiteProjectStore(db, path, clock);
        }
        catch (Exception e) when (e is not CodebookException)
        {
            db.Dispose();
            throw Damaged(path, e);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>LiteDB would take an empty file for a new database and can fail in odd ways on other
    /// files, so check its signature before opening: LiteDB 5 writes it at offset 32 of the first page.</summary>
    private static void RequireLiteDbHeader(string fullPath, string shownPath)
    {
        var signature = "** This is a LiteDB file **"u8;
        var head = new byte[32 + signature.Length];
        int read;
        using (var file = File.OpenRead(fullPath)) read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read < head.Length || !head.AsSpan(32).SequenceEqual(signature))
        {
            throw new CodebookException(ErrorCode.BadProject, "not a Codebook project file (it is not a LiteDB database)",
                shownPath, "open a file made by 'codebook init'");
        }
    }

    private static LiteDatabase Connect(string fullPath, string shownPath)
    {
        var connection = new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct };
        try
        {
            var db = new LiteDatabase(connection, ProjectMapper.Create());
            db.UtcDate = true;
            return db;
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

    private static CodebookException Damaged(string path, Exception e) =>
        new(ErrorCode.BadProject, $"not a Codebook project file, or a damaged one ({e.Message})", path,
            "open a file made by 'codebook init', or restore a backup", e);
}
