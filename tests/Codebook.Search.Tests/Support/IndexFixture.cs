using Codebook.Search.Indexing;
using Codebook.Testing;

namespace Codebook.Search.Tests.Support;

/// <summary>The small study indexed on disk in a temp folder.</summary>
internal sealed class IndexFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public IndexFixture()
    {
        Index = new PassageIndex(folder.IndexPath);
        Index.Rebuild(SmallStudy.All(), 1);
    }

    public PassageIndex Index { get; }

    /// <summary>The passages a query finds, as "transcript#passage", sorted.</summary>
    public string[] Find(string query) => Passages(Index, query);

    public static string[] Passages(PassageIndex index, string query) =>
        index.Search(query, 100).Select(h => $"{h.TranscriptId}#{h.PassageIndex}").Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }
}
