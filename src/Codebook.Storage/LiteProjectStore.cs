using Codebook.Core.Changes;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;
using Codebook.Storage.Backups;
using Codebook.Storage.Locking;
using LiteDB;
using LiteDB.Engine;

namespace Codebook.Storage;

/// <summary>A project file opened in LiteDB's direct mode: one database per process, every change one transaction.</summary>
public sealed partial class LiteProjectStore : IProjectStore
{
    internal const string InfoId = "project";

    private readonly ILiteEngine _engine;
    private readonly IClock _clock;
    private readonly ProjectLock _lock;
    private readonly string? _password;
    private LiteDatabase? _database;
    private ProjectStamp? _stamp;

    internal LiteProjectStore(ILiteEngine engine, string location, IClock clock, ProjectLock held, string? password,
        ProjectStamp? stamp = null)
    {
        _engine = engine;
        _stamp = stamp;
        _clock = clock;
        _lock = held;
        _password = password;
        Location = location;
    }

    public string Location { get; }

    /// <summary>LiteDB's client over the file, with the project's mapper, made on first use: by a change, a mapped type
    /// or a query written with it. Reads of documents go to <see cref="_engine"/> (<see cref="EngineReads"/>), so a
    /// command that only lists or counts never makes the mapper.</summary>
    internal LiteDatabase Db => _database ??= new LiteDatabase(_engine, ProjectMapper.Create(), disposeOnClose: false);

    /// <summary>Whether <see cref="Db"/> was made (the tests check that reading documents does not make it).</summary>
    internal bool MadeClient => _database is not null;

    /// <summary>The mapper, for the stored types that are not read by hand.</summary>
    private BsonMapper Mapper => Db.Mapper;

    /// <summary>Whether the file is encrypted (opened with a password).</summary>
    public bool Encrypted => _password is not null;

    /// <summary>The password the file was opened with, for what must be encrypted alike (its backups, its search
    /// index).</summary>
    public string? Password => _password;

    /// <summary>A backup of the project as it is now, made before <paramref name="operation"/> (a word such as
    /// <c>merge</c>), encrypted with the project's password when it has one; the oldest beyond the rolling set go.</summary>
    public ProjectBackup Backup(string operation) =>
        ProjectFile.BackUp(Db, Path.GetFullPath(Location), operation, _clock.UtcNow, _password);

    /// <summary>The whole project written into a new file at <paramref name="path"/>, checked.</summary>
    internal void CopyTo(string path, string? password) => ProjectCopy.Write(Db, path, password);

    public ProjectInfo Info
    {
        get
        {
            var info = DocumentReader.ToInfo(InfoDocument(_engine)!);
            info.SchemaVersion = _engine.UserVersion();
            return info;
        }
    }

    /// <summary>The project's info document, or null in a LiteDB file that is not a project. Found by a scan of its
    /// collection (it holds this one document) rather than <c>FindById</c>: a look-up by id parses and compiles an
    /// expression and compares keys with the file's culture collation, which loads ICU's collator; on the first query
    /// of a command that cost some 30 ms.</summary>
    internal static BsonDocument? InfoDocument(ILiteEngine engine) =>
        engine.All(Collections.Project).FirstOrDefault(d => d["_id"].IsString && d["_id"].AsString == InfoId);

    /// <summary>The sequence of the last change: the highest id of the log, read from the end of its index (counting
    /// the log, as before, compiled an aggregate query and went through every entry). Changes are numbered from 1 on
    /// without gaps and never removed (undo and redo are changes too), so it is also their number.</summary>
    public long LastChange => _engine.LastId(Collections.Changes);

    /// <summary>The file's stamp as it was opened, as long as this store has not written it (no change committed, no
    /// upgrade on opening); null once it has, or when the file was opened with a log beside it.</summary>
    public ProjectStamp? Unchanged => _stamp;

    public event Action<CommittedChange>? Committed;

    public Change Commit(string coder, string action, string summary, Action<IChangeSet> apply) =>
        Log(new ChangeRecord { Coder = coder, Action = action, Summary = summary }, apply);

    /// <summary>Runs <paramref name="apply"/> and appends <paramref name="record"/> with the writes it made, in one
    /// transaction; <paramref name="apply"/> may fill in the record from what it reads inside the transaction.</summary>
    private Change Log(ChangeRecord record, Action<LiteChangeSet> apply)
    {
        _stamp = null;
        if (!Db.BeginTrans()) throw new InvalidOperationException("a change is already in progress on this thread");
        try
        {
            var changes = new LiteChangeSet(Db);
            apply(changes);
            CodingColumns.Follow(Db, changes.Ops);
            record.Sequence = LastChange + 1;
            record.At = _clock.UtcNow;
            record.Ops = changes.Ops;
            Db.GetCollection<ChangeRecord>(Collections.Changes).Insert(record);
            Db.Commit();
        }
        catch
        {
            Db.Rollback();
            throw;
        }
        var change = record.ToChange();
        Committed?.Invoke(new CommittedChange(change, Footprint.Of(record.Ops)));
        return change;
    }

    /// <summary>The file first, then the lock that kept it to this process.</summary>
    public void Dispose()
    {
        _engine.Dispose();
        _lock.Dispose();
    }
}
