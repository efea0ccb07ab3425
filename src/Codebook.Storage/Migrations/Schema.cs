using Codebook.Core.Errors;
using LiteDB;

namespace Codebook.Storage.Migrations;

/// <summary>The project file's schema version (LiteDB's user version) and the migrations that reach it.
/// A new optional field needs no migration when the code reads its absence as the old meaning: so
/// <c>ChangeRecord.UndoOf</c>/<c>RedoOf</c> (absent = an ordinary change) came without a version step. The
/// <c>outlines</c> collection reads the same way (a transcript without one has it made from its text when an analysis
/// asks), but that is slow on every command, so version 2 writes the missing ones once.
/// Version 3 writes the codings' read model (<c>codings_by_transcript</c>), which is kept only by changes; version 4
/// the transcripts' heads (<c>transcript_heads</c>), likewise.</summary>
internal static class Schema
{
    private static readonly IMigration[] Steps = [new CreateIndexes(), new WriteOutlines(), new WriteCodingColumns(), new WriteTranscriptHeads()];

    public static int Current => Steps[^1].To;

    /// <summary>Runs the migrations a file lacks, each in its own transaction; refuses files from a newer Codebook.</summary>
    public static void Upgrade(LiteDatabase db, string location)
    {
        if (db.UserVersion > Current)
        {
            throw new CodebookException(ErrorCode.BadProject,
                $"the project file has schema version {db.UserVersion}, newer than this Codebook knows ({Current})",
                location, "update Codebook to open it");
        }
        foreach (var step in Steps.Where(s => s.To > db.UserVersion))
        {
            db.BeginTrans();
            step.Apply(db);
            db.Commit();
            db.UserVersion = step.To;
        }
    }
}
