using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage;

/// <summary>Each transcript without its text, turns and file lines (collection <c>transcript_heads</c>): what analyses,
/// the search index's keeper and the case commands read of every transcript. From <c>transcripts</c> that meant reading
/// every text; from the outlines, whose last field it was before schema version 4, reading each outline whole twice
/// per analysis. The file lines (a number per line of the text) go with the text, which numbering lines needs: as an
/// array of one value each they were most of the time spent reading the heads. Derived from the transcript's document,
/// so written and removed with it, in the same transaction; not logged.</summary>
internal static class TranscriptHeads
{
    /// <param name="transcript">The transcript's document as stored; it is not changed.</param>
    public static void Write(LiteDatabase db, BsonDocument transcript)
    {
        var head = new BsonDocument();
        foreach (var (name, value) in transcript)
        {
            if (name is not (nameof(Transcript.Text) or nameof(Transcript.Turns) or nameof(Transcript.FileLines))) head[name] = value;
        }
        db.GetCollection(Collections.TranscriptHeads).Upsert(head);
    }

    public static void Remove(LiteDatabase db, BsonValue transcriptId) => db.GetCollection(Collections.TranscriptHeads).Delete(transcriptId);
}
