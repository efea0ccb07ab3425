using Codebook.Core.Ports;
using Codebook.Core.Search;

namespace Codebook.Core.Tests.Search;

/// <summary>A search index that keeps what it was asked to index, to see what the keeper reads and sends.</summary>
internal sealed class RecordingIndex(long reflects) : ISearchIndex
{
    public List<(IReadOnlyCollection<IndexedTranscript> Changed, IReadOnlyCollection<string> Removed)> Updates { get; } = [];

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

    public void Update(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed, long sequence)
    {
        Updates.Add((changed, removed));
        Reflects = sequence;
    }

    public void Dispose()
    {
    }
}
