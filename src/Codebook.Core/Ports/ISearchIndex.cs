using Codebook.Core.Search;

namespace Codebook.Core.Ports;

/// <summary>The project's passages, searchable by query (docs/search.md). Derived from the project and disposable:
/// <see cref="Search.IndexKeeper"/> keeps it in step and rebuilds it when it falls behind.</summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>How the index was found when opened: <see cref="IndexCondition.Missing"/> and
    /// <see cref="IndexCondition.Damaged"/> indexes are opened empty.</summary>
    IndexCondition Opened { get; }

    /// <summary>The sequence of the project change the index reflects (0 for an empty new index); null when it
    /// cannot say, which means it must be rebuilt.</summary>
    long? Reflects { get; }

    /// <summary>How many passages are indexed.</summary>
    int Passages { get; }

    /// <summary>The best <paramref name="limit"/> passages for a query in Lucene's syntax, and the total found.</summary>
    /// <exception cref="Errors.CodebookException">The query cannot be read (ErrorCode.Usage), with its column.</exception>
    SearchResults Search(string query, int limit);

    /// <summary>Replaces the whole index with these transcripts' passages, as of change <paramref name="sequence"/>.</summary>
    void Rebuild(IEnumerable<IndexedTranscript> transcripts, long sequence);

    /// <summary>Replaces the passages of <paramref name="changed"/> transcripts and drops those of
    /// <paramref name="removed"/> ones without committing: searches and the index on disk see them only at the next
    /// <see cref="Publish"/>, and a process that stops before it leaves the index as of its last commit. Lets a
    /// large update go a few transcripts at a time, holding none of the others.</summary>
    void Stage(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed);

    /// <summary>Commits what was staged, as of change <paramref name="sequence"/>, and shows it to the next search.</summary>
    void Publish(long sequence);
}
