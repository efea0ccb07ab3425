using Codebook.Core.Changes;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;
using LiteDB;

namespace Codebook.Storage;

/// <summary>A project file opened in LiteDB's direct mode: one database per process, every change one transaction.</summary>
public sealed partial class LiteProjectStore : IProjectStore
{
    internal const string InfoId = "project";

    private readonly LiteDatabase _db;
    private readonly IClock _clock;

    internal LiteProjectStore(LiteDatabase db, string location, IClock clock)
    {
        _db = db;
        _clock = clock;
        Location = location;
    }

    public string Location { get; }

    public ProjectInfo Info
    {
        get
        {
            var info = _db.Mapper.ToObject<ProjectInfo>(_db.GetCollection(Collections.Project).FindById(InfoId));
            info.SchemaVersion = _db.UserVersion;
            return info;
        }
    }

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

    public void Dispose() => _db.Dispose();
}
