using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage.Migrations;

/// <summary>Version 2: every transcript's outline (OutlineDocuments), for files written before outlines were stored
/// (their analyses would otherwise read every transcript's text on every command). Outlines already there are kept.</summary>
internal sealed class WriteOutlines : IMigration
{
    public int To => 2;

    public void Apply(LiteDatabase db)
    {
        var outlined = db.GetCollection(Collections.Outlines).Query().Select("{ _id }").ToEnumerable()
            .Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        var transcripts = db.GetCollection(Collections.Transcripts);
        var missing = transcripts.Query().Select("{ _id }").ToEnumerable().Select(d => d["_id"]).Where(id => !outlined.Contains(id.AsString)).ToList();
        foreach (var id in missing) OutlineDocuments.Write(db, db.Mapper.ToObject<Transcript>(transcripts.FindById(id)));
    }
}
