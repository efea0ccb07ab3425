using Codebook.Core.Changes;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Search;

/// <summary>Keeps a project's search index in step with it: re-indexes what each committed change touched, and
/// rebuilds the index when it is missing, damaged or reflects another change than the project's latest. The index
/// is opened on first use, so commands that neither search nor change the project never pay for it.</summary>
public sealed class IndexKeeper : IDisposable
{
    private readonly IProjectStore store;
    private readonly Func<ISearchIndex> open;
    private readonly Action<string> notice;
    private ISearchIndex? index;
    private List<ChangeFootprint>? held;
    private long heldFrom;
    private long heldTo;

    /// <param name="open">Opens the index (empty when missing or damaged).</param>
    /// <param name="notice">Where to say the index was rebuilt, or could not be updated.</param>
    public IndexKeeper(IProjectStore store, Func<ISearchIndex> open, Action<string> notice)
    {
        this.store = store;
        this.open = open;
        this.notice = notice;
        store.Committed += OnCommitted;
    }

    /// <summary>The index, rebuilt first if it does not reflect the project's latest change.</summary>
    public ISearchIndex Current()
    {
        var current = Open();
        if (current.Reflects != store.LastChange) RebuildAndSay(current);
        return current;
    }

    /// <summary>Rebuilds the index from the project, whatever its state.</summary>
    public IndexSize Rebuild()
    {
        var current = Open();
        var transcripts = Snapshot.Of(store).All();
        current.Rebuild(transcripts, store.LastChange);
        return new IndexSize(transcripts.Count, current.Passages);
    }

    /// <summary>How an index found in <paramref name="found"/> condition, reflecting change <paramref name="reflects"/>,
    /// stands against a project whose latest change is <paramref name="lastChange"/>.</summary>
    public static IndexCondition Judge(IndexCondition found, long? reflects, long lastChange) =>
        found == IndexCondition.Ok && reflects != lastChange ? IndexCondition.Stale : found;

    public void Dispose()
    {
        store.Committed -= OnCommitted;
        index?.Dispose();
    }

    /// <summary>Holds back index updates until <see cref="Release"/>, which makes them in one index commit: a run of
    /// changes (an import of many files) would otherwise commit the index, and read the project for it, once each.
    /// If the process stops before the release, the index reflects an older change and the next search rebuilds it.</summary>
    public void Hold() => held ??= [];

    /// <summary>Makes the updates held since <see cref="Hold"/>, as of the last change committed meanwhile.</summary>
    public void Release()
    {
        var footprints = held;
        held = null;
        if (footprints is { Count: > 0 }) Follow(footprints, heldFrom, heldTo);
    }

    private ISearchIndex Open() => index ??= open();

    private void RebuildAndSay(ISearchIndex current)
    {
        var why = Judge(current.Opened, current.Reflects, store.LastChange).ToString().ToLowerInvariant();
        var size = Rebuild();
        notice($"the search index was {why}; rebuilt it ({size})");
    }

    /// <summary>The project change is already committed when this runs, so a failure here must not fail the command:
    /// the index keeps its older sequence, and the next search sees it is stale and rebuilds it.</summary>
    private void OnCommitted(CommittedChange committed)
    {
        if (held is not null)
        {
            if (held.Count == 0) heldFrom = committed.Change.Sequence - 1;
            held.Add(committed.Touched);
            heldTo = committed.Change.Sequence;
            return;
        }
        Follow([committed.Touched], committed.Change.Sequence - 1, committed.Change.Sequence);
    }

    /// <summary>Re-indexes what the changes after <paramref name="from"/> up to <paramref name="to"/> touched.</summary>
    private void Follow(IReadOnlyList<ChangeFootprint> footprints, long from, long to)
    {
        try
        {
            var current = Open();
            if (current.Reflects != from)
            {
                // A new project's first change finds an empty index reflecting change 0: nothing to say.
                RebuildAndSay(current);
                return;
            }
            var snapshot = Snapshot.Of(store);
            var touched = footprints.SelectMany(snapshot.Affected).ToHashSet(StringComparer.Ordinal);
            var changed = touched.Select(snapshot.Find).OfType<IndexedTranscript>().ToList();
            var removed = touched.Where(id => snapshot.Find(id) is null).ToList();
            current.Update(changed, removed, to);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            notice($"could not update the search index ({e.Message}); the next search rebuilds it");
        }
    }
}
