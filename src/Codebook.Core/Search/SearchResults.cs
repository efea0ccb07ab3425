namespace Codebook.Core.Search;

/// <summary>The best passages a query found, best first, and how many it found in all.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);
