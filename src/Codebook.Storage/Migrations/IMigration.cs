using LiteDB;

namespace Codebook.Storage.Migrations;

/// <summary>Brings a project file from schema version <c>To - 1</c> to <see cref="To"/>, inside a transaction.
/// Must be idempotent: the version is recorded after the transaction, so a crash in between runs it again.</summary>
internal interface IMigration
{
    int To { get; }

    void Apply(LiteDatabase db);
}
