using Codebook.Core.Changes;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;
using Codebook.Storage.Backups;
using Codebook.Storage.Locking;
using LiteDB;

namespace Codebook.Storage;

/// <summary>A project file opened in LiteDB's direct mode: one database per process, every change one transaction.</summary>
public sealed partial class LiteProjectStore : IProjectStore
{
    internal const string InfoId = "project";

    private readonly LiteDatabase _db;
    private readonly IClock _clock;
    private readonly ProjectLock _lock;
    private readonly string? _password;

    internal LiteProjectStore(LiteDatabase db, string location, IClock clock, ProjectLock held, string? password)
    {
        _db = db;
        _clock = clock;
        _lock = held;
        _password = password;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Whether the file is encrypted (opened with a password).</summary>
    public bool Encrypted => _password is not null;

    /// <summary>The password the file was opened with, for what must be encrypted alike (its backups, its search
    /// index).</summary>
    public string? Password => _password;

    /// <summary>A backup of the project as it is now, made before <paramref name="operation"/> (a word such as
    /// <c>merge</c>), encrypted with the project's password when it has one; the oldest beyond the rolling set go.</summary>
    public ProjectBackup Backup(string operation) =>
        ProjectFile.BackUp(_db, Path.GetFullPath(Location), operation, _clock.UtcNow, _password);

    /// <summary>The whole project written into a new file at <paramref name="path"/>, checked.</summary>
    internal void CopyTo(string path, string? password) => ProjectCopy.Write(_db, path, password);

    public ProjectInfo Info
    {
        get
        {
            var info = DocumentReader.ToInfo(InfoDocument(_db)!);
            info.SchemaVersion = _db.UserVersion;
            return info;
        }
    }

    /// <summary>The project's info document, or null in a LiteDB file that is not a project. Found by a scan of its
    /// collection (it holds this one document) rather than <c>FindById</c>: a look-up by id parses and compiles an
    /// expression and compares keys with the file's culture collation, which loads ICU's collator; on the first query
    /// of a command that cost some 30 ms.</summary>
    internal static BsonDocument? InfoDocument(LiteDatabase db) =>
        db.GetCollection(Collections.Project).FindAll().FirstOrDefault(d => d["_id"].IsString && d["_id"].AsString == InfoId);

    public long LastChange => _db.GetCollection(Collections.Changes).LongCount();

    public event Action<CommittedChange>? Committed;

    public Change Commit(string coder, string action, string summary, Action<IChangeSet> apply) =>
        Log(new ChangeRecord { Coder = coder, Action = action, Summary = summary }, apply);

    /// <summary>Runs <paramref name="apply"/> and appends <paramref name="record"/> with the writes it made, in one
    /// transaction; <paramref name="apply"/> may fill in the record from what it reads inside the transaction.</summary>
    private Change Log(ChangeRecord record, Action<LiteChangeSet> apply)
    {
        if (!_db.BeginTrans()) throw new InvalidOperationException("a change is already in progress on this thread");
        try
        {
            var changes = new LiteChangeSet(_db);
            apply(changes);
            CodingColumns.Follow(_db, changes.Ops);
            var log = _db.GetCollection<ChangeRecord>(Collections.Changes);
            record.Sequence = log.Count() + 1L;
            record.At = _clock.UtcNow;
            record.Ops = changes.Ops;
            log.Insert(record);
            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }
        var change = record.ToChange();
        Committed?.Invoke(new CommittedChange(change, Footprint.Of(record.Ops)));
        return change;
    }

    /// <summary>The file first, then the lock that kept it to this process.</summary>
    public void Dispose()
    {
        _db.Dispose();
        _lock.Dispose();
    }
}
