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

    public void Update(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed, long sequence) =>
        WriteMs += Timing.Milliseconds(() => inner.Update(changed, removed, sequence));

    public void Dispose() => inner.Dispose();
}
