using LiteDB;

namespace Codebook.Storage.Migrations;

/// <summary>Version 1: the indexes that imports and coding look things up by.</summary>
internal sealed class CreateIndexes : IMigration
{
    public int To => 1;

    public void Apply(LiteDatabase db)
    {
        db.GetCollection(Collections.Transcripts).EnsureIndex("SourceHash");
        db.GetCollection(Collections.Codings).EnsureIndex("TranscriptId");
        db.GetCollection(Collections.Codings).EnsureIndex("ThemeId");
        db.GetCollection(Collections.Memos).EnsureIndex("TargetId");
    }
}
