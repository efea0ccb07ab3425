using Codebook.Core.Ports;
using Codebook.Core.Search;

namespace Codebook.Benchmarks.Measuring;

/// <summary>The search port with the time spent writing to it counted, to split an import's cost between reading
/// the project for the index and writing the index.</summary>
internal sealed class TimedSearchIndex(ISearchIndex inner) : ISearchIndex
{
    public double WriteMs { get; private set; }

    public IndexCondition Opened => inner.Opened;

    public long? Reflects => inner.Reflects;

    public int Passages => inner.Passages;

    public SearchResults Search(string query, int limit) => inner.Search(query, limit);

    public void Rebuild(IEnumerable<IndexedTranscript> transcripts, long sequence) =>
        WriteMs += Timing.Milliseconds(() => inner.Rebuild(transcripts, sequence));

    public void Stage(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed) =>
        WriteMs += Timing.Milliseconds(() => inner.Stage(changed, removed));

    public void Publish(long sequence) => WriteMs += Timing.Milliseconds(() => inner.Publish(sequence));

    public void Dispose() => inner.Dispose();
}
