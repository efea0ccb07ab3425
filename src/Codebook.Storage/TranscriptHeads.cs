using LiteDB;

namespace Codebook.Storage;

/// <summary>Each transcript without its text and turns (collection <c>transcript_heads</c>): what analyses, the search
/// index's keeper and the case commands read of every transcript. From <c>transcripts</c> that costs reading every
/// text; from the outlines (where it was kept before schema version 4) it cost reading them twice per analysis, since
/// LiteDB reads a document's pages whole whatever fields are asked for. Derived from the transcript's document, so
/// written and removed with it, in the same transaction; not logged.</summary>
internal static class TranscriptHeads
{
    /// <param name="transcript">The transcript's document as stored; it is not changed.</param>
    public static void Write(LiteDatabase db, BsonDocument transcript)
    {
        var head = new BsonDocument();
        foreach (var (name, value) in transcript)
        {
            if (name is not (nameof(Core.Model.Transcript.Text) or nameof(Core.Model.Transcript.Turns))) head[name] = value;
        }
        db.GetCollection(Collections.TranscriptHeads).Upsert(head);
    }

    public static void Remove(LiteDatabase db, BsonValue transcriptId) => db.GetCollection(Collections.TranscriptHeads).Delete(transcriptId);
}
