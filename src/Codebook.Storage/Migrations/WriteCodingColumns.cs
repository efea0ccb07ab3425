using LiteDB;

namespace Codebook.Storage.Migrations;

/// <summary>Version 3: the codings' read model (CodingColumns), written from the codings. Files from before it have
/// none, and only a change keeps it, so without this step their analyses would miss every coding.</summary>
internal sealed class WriteCodingColumns : IMigration
{
    public int To => 3;

    public void Apply(LiteDatabase db) => CodingColumns.Rebuild(db);
}
