using Codebook.Core.Ports;
using Codebook.Core.Search;

namespace Codebook.Core.Tests.Search;

/// <summary>A search index that keeps what it was asked to index, to see what the keeper reads and sends.</summary>
internal sealed class RecordingIndex(long reflects) : ISearchIndex
{
    /// <summary>What each publish committed: the transcripts staged since the one before.</summary>
    public List<(IReadOnlyCollection<IndexedTranscript> Changed, IReadOnlyCollection<string> Removed)> Updates { get; } = [];

    /// <summary>What was staged since the last publish, one entry per call.</summary>
    public List<(IReadOnlyCollection<IndexedTranscript> Changed, IReadOnlyCollection<string> Removed)> Staged { get; } = [];

    /// <summary>The most transcripts given to one <see cref="Stage"/>: what the keeper held at once.</summary>
    public int MostStagedAtOnce { get; private set; }

    public int Rebuilds { get; private set; }

    public IndexCondition Opened => IndexCondition.Ok;

    public long? Reflects { get; private set; } = reflects;

    public int Passages => 0;

    public SearchResults Search(string query, int limit) => new(0, []);

    public void Rebuild(IEnumerable<IndexedTranscript> transcripts, long sequence)
    {
        Rebuilds++;
        Reflects = sequence;
    }

    public void Stage(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed)
    {
        Staged.Add((changed, removed));
        MostStagedAtOnce = Math.Max(MostStagedAtOnce, changed.Count + removed.Count);
    }

    public void Publish(long sequence)
    {
        Updates.Add(([.. Staged.SelectMany(s => s.Changed)], [.. Staged.SelectMany(s => s.Removed)]));
        Staged.Clear();
        Reflects = sequence;
    }

    public void Dispose()
    {
    }
}
