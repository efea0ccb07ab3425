using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Formats.Transcripts;
using Codebook.Search.Indexing;
using Codebook.Testing;

namespace Codebook.Search.Tests.Support;

/// <summary>The 17 sample interviews, read by the real transcript reader and indexed on disk in a temp folder.</summary>
internal sealed class SampleIndex : IDisposable
{
    private readonly TempFolder folder = new();

    public SampleIndex()
    {
        var files = Directory.GetFiles(Repository.Interviews).Order(StringComparer.Ordinal);
        var parsed = files.Select(TranscriptReader.Read).ToList();
        Transcripts = parsed.Select(p => p.Transcript).ToList();
        Index = new PassageIndex(folder.IndexPath);
        Index.Rebuild(parsed.Select(p => new IndexedTranscript(p.Transcript, p.Case, [], [])), 1);
    }

    public PassageIndex Index { get; }

    public List<Transcript> Transcripts { get; }

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }
}
