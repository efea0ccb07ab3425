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
    private readonly Func<IndexCondition, IndexSize, string> rebuilt;
    private ISearchIndex? index;
    private bool holding;
    private PendingUpdate? pending;

    /// <param name="open">Opens the index (empty when missing or damaged).</param>
    /// <param name="notice">Where to say the index was rebuilt, or could not be updated.</param>
    /// <param name="rebuilt">How to say it was rebuilt, and why (the terminal UI says it in its language); by default
    /// "the search index was stale; rebuilt it (17 transcripts, 812 passages)".</param>
    public IndexKeeper(IProjectStore store, Func<ISearchIndex> open, Action<string> notice, Func<IndexCondition, IndexSize, string>? rebuilt = null)
    {
        this.store = store;
        this.open = open;
        this.notice = notice;
        this.rebuilt = rebuilt ?? ((why, size) => $"the search index was {why.ToString().ToLowerInvariant()}; rebuilt it ({size})");
        store.Committed += OnCommitted;
    }

    /// <summary>The index, rebuilt first if it does not reflect the project's latest change.</summary>
    public ISearchIndex Current()
    {
        var current = Open();
        if (current.Reflects != store.LastChange) RebuildAndSay(current);
        return current;
    }

    /// <summary>Rebuilds the index from the project, whatever its state, reading one transcript at a time.</summary>
    public IndexSize Rebuild()
    {
        var current = Open();
        var project = IndexedProject.Of(store);
        current.Rebuild(project.All(), store.LastChange);
        return new IndexSize(project.Count, current.Passages);
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

    /// <summary>Holds back the index commit until <see cref="Release"/>, which makes it once for all the changes
    /// committed meanwhile: a run of changes (an import of many files) would otherwise commit the index once each.
    /// Each change's transcripts are still indexed as it is committed, so none waits in memory for the release.
    /// If the process stops before the release, the index reflects an older change and the next search rebuilds it.</summary>
    public void Hold() => holding = true;

    /// <summary>Commits the index as of the last change committed since <see cref="Hold"/>.</summary>
    public void Release()
    {
        holding = false;
        Finish();
    }

    private ISearchIndex Open() => index ??= open();

    private void RebuildAndSay(ISearchIndex current)
    {
        var why = Judge(current.Opened, current.Reflects, store.LastChange);
        notice(rebuilt(why, Rebuild()));
    }

    /// <summary>The project change is already committed when this runs, so a failure here must not fail the command:
    /// the index keeps its older sequence, and the next search sees it is stale and rebuilds it.</summary>
    private void OnCommitted(CommittedChange committed)
    {
        var update = pending ??= new PendingUpdate(committed.Change.Sequence - 1);
        try
        {
            update.Follow(committed, store, Open());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            update.Fail(e.Message);
        }
        if (!holding) Finish();
    }

    /// <summary>Commits the pending update; rebuilds the index instead when it did not reflect the change before the
    /// update (a new, empty index reflects change 0, so a new project's first change updates it without a word).</summary>
    private void Finish()
    {
        var update = pending;
        pending = null;
        if (update is null) return;
        try
        {
            if (update.Stale) RebuildAndSay(Open());
            else if (update.Failure is { } why) notice($"could not update the search index ({why}); the next search rebuilds it");
            else update.Publish(store, Open());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            notice($"could not update the search index ({e.Message}); the next search rebuilds it");
        }
    }
}
