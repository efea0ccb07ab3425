using System.Runtime.InteropServices;
using Codebook.Core.Changes;
using Codebook.Core.Model;
using LiteDB;
using LiteDB.Engine;

namespace Codebook.Storage;

/// <summary>The codings' read model (collection <c>codings_by_transcript</c>): one document per transcript with
/// codings, holding them in columns — ids, the themes and coders as small tables, the spans, theme and coder numbers
/// and creation times as one binary array each, the memos that are set. Analyses read every coding of a project on
/// each command; from the <c>codings</c> collection that is some 43,000 documents at 100 MB of text, most of the time an
/// analysis took (LiteDB reads and decodes each document whole, with its field names), from here a few thousand small
/// documents. Derived from <c>codings</c>: written again from it, in the same transaction, for every transcript whose
/// codings a change wrote or removed (undo and redo included), so it cannot disagree with it; not logged. Reviews and
/// selection GUIDs are left out (no analysis reads them).</summary>
internal static class CodingColumns
{
    /// <summary>The layout of a document; one of another layout is not read (its transcript's codings are read from
    /// <c>codings</c>), and a schema step writes them all again.</summary>
    public const int Format = 1;

    private const int Fields = 4; // start, end, theme number, coder number

    /// <summary>Writes again the documents of the transcripts whose codings <paramref name="ops"/> wrote or removed.</summary>
    public static void Follow(LiteDatabase db, IEnumerable<ChangeOp> ops)
    {
        foreach (var transcriptId in Footprint.Of(ops.Where(op => op.Collection == Collections.Codings).ToList()).Transcripts)
        {
            Write(db, transcriptId, db.GetCollection(Collections.Codings).Find(BsonExpression.Create("TranscriptId = @0", transcriptId)));
        }
    }

    /// <summary>Every document written again from <c>codings</c>, those of transcripts without codings removed.</summary>
    public static void Rebuild(LiteDatabase db)
    {
        db.GetCollection(Collections.CodingsByTranscript).DeleteAll();
        foreach (var codings in db.GetCollection(Collections.Codings).FindAll().GroupBy(d => d["TranscriptId"].AsString, StringComparer.Ordinal))
        {
            Write(db, codings.Key, codings);
        }
    }

    /// <summary>Each transcript's codings, those of a document in another layout read from <c>codings</c>.</summary>
    public static List<Coding> Read(ILiteEngine engine)
    {
        var codings = new List<Coding>();
        foreach (var document in engine.All(Collections.CodingsByTranscript))
        {
            if (document.TryGetValue("Format", out var format) && format.IsInt32 && format.AsInt32 == Format) codings.AddRange(ToCodings(document));
            else codings.AddRange(engine.Find(Collections.Codings, BsonExpression.Create("TranscriptId = @0", document["_id"]))
                .Select(CodingDocuments.ToCoding));
        }
        return codings;
    }

    private static void Write(LiteDatabase db, string transcriptId, IEnumerable<BsonDocument> documents)
    {
        // In id order, so that the document does not depend on the order LiteDB returned them in.
        var codings = documents.Select(CodingDocuments.ToCoding).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var collection = db.GetCollection(Collections.CodingsByTranscript);
        if (codings.Count == 0) collection.Delete(transcriptId);
        else collection.Upsert(ToDocument(transcriptId, codings));
    }

    private static BsonDocument ToDocument(string transcriptId, IReadOnlyList<Coding> codings)
    {
        var themes = new List<string>();
        var coders = new List<string>();
        var numbers = new int[codings.Count * Fields];
        var created = new long[codings.Count];
        var ids = new BsonArray();
        var memos = new BsonArray();
        for (int i = 0; i < codings.Count; i++)
        {
            var coding = codings[i];
            numbers[Fields * i] = coding.Start;
            numbers[Fields * i + 1] = coding.End;
            numbers[Fields * i + 2] = NumberOf(themes, coding.ThemeId);
            numbers[Fields * i + 3] = NumberOf(coders, coding.Coder);
            created[i] = coding.CreatedAt.Ticks;
            ids.Add(coding.Id);
            if (coding.Memo is { } memo) memos.Add(new BsonArray { i, memo });
        }
        return new BsonDocument
        {
            ["_id"] = transcriptId,
            ["Format"] = Format,
            ["Ids"] = ids,
            ["Themes"] = new BsonArray(themes.Select(t => new BsonValue(t))),
            ["Coders"] = new BsonArray(coders.Select(c => new BsonValue(c))),
            ["Numbers"] = MemoryMarshal.AsBytes<int>(numbers).ToArray(),
            ["CreatedAt"] = MemoryMarshal.AsBytes<long>(created).ToArray(),
            ["Memos"] = memos,
        };
    }

    private static IEnumerable<Coding> ToCodings(BsonDocument document)
    {
        string transcriptId = document["_id"].AsString;
        var ids = document["Ids"].AsArray;
        var themes = document["Themes"].AsArray.Select(t => t.AsString).ToArray();
        var coders = document["Coders"].AsArray.Select(c => c.AsString).ToArray();
        var numbers = MemoryMarshal.Cast<byte, int>(document["Numbers"].AsBinary).ToArray();
        var created = MemoryMarshal.Cast<byte, long>(document["CreatedAt"].AsBinary).ToArray();
        var codings = new Coding[ids.Count];
        for (int i = 0; i < codings.Length; i++)
        {
            codings[i] = new Coding
            {
                Id = ids[i].AsString,
                TranscriptId = transcriptId,
                Start = numbers[Fields * i],
                End = numbers[Fields * i + 1],
                ThemeId = themes[numbers[Fields * i + 2]],
                Coder = coders[numbers[Fields * i + 3]],
                // Stored as UTC (the file is opened with UtcDate), so read back as the codings collection reads it.
                CreatedAt = new DateTime(created[i], DateTimeKind.Utc),
            };
        }
        foreach (var memo in document["Memos"].AsArray) codings[memo[0].AsInt32].Memo = memo[1].AsString;
        return codings;
    }

    private static int NumberOf(List<string> table, string value)
    {
        int number = table.IndexOf(value);
        if (number >= 0) return number;
        table.Add(value);
        return table.Count - 1;
    }
}
