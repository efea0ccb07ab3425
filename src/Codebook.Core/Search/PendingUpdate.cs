using Codebook.Core.Changes;
using Codebook.Core.Ports;

namespace Codebook.Core.Search;

/// <summary>An index update under way for a run of changes: each change's own transcripts are staged as it is
/// committed (read back one at a time, so none is held), and the index is committed once, as of the run's last
/// change, when the run ends. What a change reaches through a case or a theme is staged at the end, once.</summary>
internal sealed class PendingUpdate(long from)
{
    /// <summary>The change after which each transcript was last staged: it holds what that change left.</summary>
    private readonly Dictionary<string, long> staged = new(StringComparer.Ordinal);

    /// <summary>The changes of the run that wrote cases or themes, whose reach is found at the end.</summary>
    private readonly List<(ChangeFootprint Touched, long Sequence)> reaching = [];

    /// <summary>The change before the run: the index must reflect it to be updated.</summary>
    private readonly long from = from;

    private bool started;

    /// <summary>The run's last change, which the index reflects once published.</summary>
    public long To { get; private set; } = from;

    /// <summary>The index did not reflect the change before the run: it must be rebuilt, not updated.</summary>
    public bool Stale { get; private set; }

    /// <summary>Why staging failed, if it did: the index is then left as of its last commit.</summary>
    public string? Failure { get; private set; }

    /// <summary>Stages the transcripts <paramref name="committed"/> wrote, as they now stand.</summary>
    public void Follow(CommittedChange committed, IProjectStore store, ISearchIndex index)
    {
        var sequence = committed.Change.Sequence;
        To = sequence;
        if (!started)
        {
            started = true;
            Stale = index.Reflects != from;
        }
        if (Stale || Failure is not null) return;
        var touched = committed.Touched;
        if (touched.Cases.Count > 0 || touched.Themes.Count > 0) reaching.Add((touched, sequence));
        var project = IndexedProject.Of(store);
        foreach (var id in touched.Transcripts) Stage(index, project, id, sequence);
    }

    public void Fail(string why) => Failure ??= why;

    /// <summary>Stages what the run reached through cases and themes and was not staged since, then commits.</summary>
    public void Publish(IProjectStore store, ISearchIndex index)
    {
        var project = IndexedProject.Of(store);
        var due = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (touched, sequence) in reaching)
        {
            foreach (var id in project.Reached(touched)) due[id] = sequence;
        }
        foreach (var (id, sequence) in due.Where(d => !(staged.TryGetValue(d.Key, out var at) && at >= d.Value)))
        {
            Stage(index, project, id, sequence);
        }
        index.Publish(To);
    }

    private void Stage(ISearchIndex index, IndexedProject project, string id, long sequence)
    {
        if (project.Find(id) is { } transcript) index.Stage([transcript], []);
        else index.Stage([], [id]);
        staged[id] = sequence;
    }
}
