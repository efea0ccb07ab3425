using Lucene.Net.Index;

namespace Codebook.Search.Indexing;

public sealed partial class PassageIndex
{
    /// <summary>Replaces the whole index with these transcripts' passages.</summary>
    public void Rebuild(IEnumerable<IndexedTranscript> transcripts)
    {
        writer.DeleteAll();
        foreach (var transcript in transcripts) writer.AddDocuments(PassageDocument.Of(transcript));
        Publish();
    }

    /// <summary>Replaces one transcript's passages: after an import, an edit, or a change to its codings or case.</summary>
    public void Update(IndexedTranscript transcript)
    {
        writer.DeleteDocuments(IdTerm(transcript.Transcript.Id));
        writer.AddDocuments(PassageDocument.Of(transcript));
        Publish();
    }

    public void Remove(string transcriptId)
    {
        writer.DeleteDocuments(IdTerm(transcriptId));
        Publish();
    }

    /// <summary>Committed so the index on disk matches the project after every change, then refreshed so the
    /// next search sees it.</summary>
    private void Publish()
    {
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    private static Term IdTerm(string transcriptId) => new(Fields.StoredTranscript, transcriptId);
}
