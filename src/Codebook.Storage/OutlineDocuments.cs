using System.Runtime.InteropServices;
using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage;

/// <summary>Transcript outlines in the project file: derived from the transcripts' text, so written with every write of a
/// transcript (not logged: undo and redo write the transcript back, and its outline with it). Arrays are stored as
/// binary, in the machine's byte order (little-endian on every platform .NET runs on). Files before schema version 4
/// also held the transcript without text and turns in each (field <c>Transcript</c>), now in <see cref="TranscriptHeads"/>.</summary>
internal static class OutlineDocuments
{
    /// <summary>The field that held the transcript without its text before schema version 4.</summary>
    public const string FormerTranscript = "Transcript";

    public static void Write(LiteDatabase db, Transcript transcript) => db.GetCollection(Collections.Outlines).Upsert(ToDocument(TranscriptOutline.Of(transcript)));

    public static void Remove(LiteDatabase db, BsonValue transcriptId) => db.GetCollection(Collections.Outlines).Delete(transcriptId);

    public static BsonDocument ToDocument(TranscriptOutline outline)
    {
        var passages = new int[outline.Passages.Count * 3];
        for (int i = 0; i < outline.Passages.Count; i++)
        {
            var passage = outline.Passages[i];
            (passages[3 * i], passages[3 * i + 1], passages[3 * i + 2]) = (passage.TurnIndex, passage.Span.Start, passage.Span.End);
        }
        return new BsonDocument
        {
            ["_id"] = outline.TranscriptId,
            ["Length"] = outline.Length,
            ["Passages"] = Bytes<int>(passages),
            ["Letters"] = Bytes(outline.Words.Letters),
            ["Joiners"] = Bytes(outline.Words.Joiners),
        };
    }

    public static TranscriptOutline ToOutline(BsonDocument document)
    {
        string id = document["_id"].AsString;
        var passages = new PassageCuts(id, MemoryMarshal.Cast<byte, int>(document["Passages"].AsBinary).ToArray());
        return new TranscriptOutline(id, passages, new WordMarks(document["Length"].AsInt32,
            MemoryMarshal.Cast<byte, ulong>(document["Letters"].AsBinary).ToArray(), MemoryMarshal.Cast<byte, int>(document["Joiners"].AsBinary).ToArray()));
    }

    private static byte[] Bytes<T>(ReadOnlySpan<T> values) where T : struct => MemoryMarshal.AsBytes(values).ToArray();
}
