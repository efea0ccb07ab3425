using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Formats.Transcripts;
using Codebook.Search.Indexing;

namespace Codebook.Search.Tests.Gold;

/// <summary>The gold set's study: the 17 sample interviews and the excerpts of real interviews in
/// <c>tests/data/search/</c>, read by the real transcript reader and indexed on disk in <paramref name="indexFolder"/>.</summary>
internal sealed class GoldStudy : IDisposable
{
    public GoldStudy(string repositoryRoot, string indexFolder)
    {
        var files = Directory.GetFiles(Path.Combine(repositoryRoot, "corpus-samples", "interviews"))
            .Concat(Directory.GetFiles(Path.Combine(repositoryRoot, "tests", "data", "search"), "*.txt"))
            .Order(StringComparer.Ordinal);
        var parsed = files.Select(TranscriptReader.Read).ToList();
        Passages = parsed.SelectMany(p => PassagesOf(p.Transcript)).ToList();
        Index = new PassageIndex(indexFolder);
        Index.Rebuild(parsed.Select(p => new IndexedTranscript(p.Transcript, p.Case, [], [])), 1);
    }

    public PassageIndex Index { get; }

    public List<GoldPassage> Passages { get; }

    private static IEnumerable<GoldPassage> PassagesOf(Transcript transcript) =>
        Core.Model.Passages.Of(transcript).Select(p => new GoldPassage(transcript.Id, p.Index, transcript.Language,
            transcript.Turns[p.TurnIndex].Role.ToString().ToLowerInvariant(), transcript.Text.Substring(p.Span.Start, p.Span.Length)));

    public void Dispose() => Index.Dispose();
}
