using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage;

/// <summary>Codings read by hand rather than through the BsonMapper's reflection: analyses read every coding of a
/// project (some 43,000 at 100 MB of text) on each command. Reads what the mapper writes (ProjectMapper), reviews
/// included (<see cref="DocumentReader"/>), so that listing codings makes no mapper.</summary>
internal static class CodingDocuments
{
    public static Coding ToCoding(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        TranscriptId = document["TranscriptId"].AsString,
        ThemeId = document["ThemeId"].AsString,
        Coder = document["Coder"].AsString,
        Start = document["Start"].AsInt32,
        End = document["End"].AsInt32,
        Memo = document.TryGetValue("Memo", out var memo) && memo.IsString ? memo.AsString : null,
        CreatedAt = document["CreatedAt"].AsDateTime,
        SelectionGuid = document.TryGetValue("SelectionGuid", out var selection) && selection.IsString ? selection.AsString : null,
        Reviews = document.TryGetValue("Reviews", out var reviews) && reviews.IsArray && reviews.AsArray.Count > 0
            ? reviews.AsArray.Select(r => DocumentReader.ToCodingReview(r.AsDocument)).ToList()
            : [],
    };
}
