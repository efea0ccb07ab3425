using LiteDB;

namespace Codebook.Storage.Migrations;

/// <summary>Version 4: each transcript's head (TranscriptHeads), written from the transcripts, and the outlines without
/// the copy of it they held before (field <c>Transcript</c>), which nothing reads any more.</summary>
internal sealed class WriteTranscriptHeads : IMigration
{
    public int To => 4;

    public void Apply(LiteDatabase db)
    {
        db.GetCollection(Collections.TranscriptHeads).DeleteAll();
        // One transcript at a time: the project's whole text need not be in memory at once.
        var transcripts = db.GetCollection(Collections.Transcripts);
        foreach (var id in Ids(transcripts)) TranscriptHeads.Write(db, transcripts.FindById(id));
        var outlines = db.GetCollection(Collections.Outlines);
        foreach (var id in Ids(outlines))
        {
            var outline = outlines.FindById(id);
            if (outline.Remove(OutlineDocuments.FormerTranscript)) outlines.Update(outline);
        }
    }

    private static List<BsonValue> Ids(ILiteCollection<BsonDocument> collection) =>
        collection.Query().Select("{ _id }").ToEnumerable().Select(d => d["_id"]).ToList();
}
