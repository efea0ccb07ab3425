using LiteDB;
using LiteDB.Engine;

namespace Codebook.Storage;

/// <summary>Documents read straight from LiteDB's engine, as its collections' <c>FindAll</c>, <c>Find</c> and
/// <c>FindById</c> read them, without <see cref="LiteDatabase"/>: its queries hand every document to the BsonMapper
/// (even a <see cref="BsonDocument"/>), and making the project's mapper (its constructor compiles a regex) was a tenth
/// of a short command's time, which commands that read only documents no longer pay (docs/PERFORMANCE.md, start-up).
/// A collection that does not exist reads as empty, as through LiteDatabase.</summary>
internal static class EngineReads
{
    public static IEnumerable<BsonDocument> All(this ILiteEngine engine, string collection) => engine.Read(collection, new Query());

    /// <summary>The documents <paramref name="where"/> holds for, through an index on the field it compares when there is one.</summary>
    public static IEnumerable<BsonDocument> Find(this ILiteEngine engine, string collection, BsonExpression where) =>
        engine.Read(collection, new Query { Where = { where } });

    /// <summary>Through the <c>_id</c> index, whose keys LiteDB compares with the file's collation (so ids are found
    /// whatever their case, as by <c>FindById</c>).</summary>
    public static BsonDocument? FindById(this ILiteEngine engine, string collection, BsonValue id)
    {
        if (id is null || id.IsNull) throw new ArgumentNullException(nameof(id));
        return engine.Find(collection, BsonExpression.Create("_id = @0", id)).FirstOrDefault();
    }

    /// <summary>Each document as <paramref name="select"/> shapes it (named fields only: LiteDB then skips the others
    /// rather than copying them out).</summary>
    public static IEnumerable<BsonDocument> Select(this ILiteEngine engine, string collection, BsonExpression select) =>
        engine.Read(collection, new Query { Select = select });

    /// <summary>How many documents <paramref name="collection"/> holds, counted on its <c>_id</c> index.</summary>
    public static int Count(this ILiteEngine engine, string collection) => engine.Select(collection, "_id").Count();

    /// <summary>The highest <c>_id</c> of <paramref name="collection"/> (0 when it holds none), read from the end of its
    /// <c>_id</c> index without loading a document.</summary>
    public static long LastId(this ILiteEngine engine, string collection)
    {
        var last = engine.Read(collection, new Query { Select = "_id", OrderBy = "_id", Order = Query.Descending, Limit = 1 }).FirstOrDefault();
        return last is null ? 0 : last["_id"].AsInt64;
    }

    /// <summary>The file's user version: the project's schema version.</summary>
    public static int UserVersion(this ILiteEngine engine) => engine.Pragma(Pragmas.USER_VERSION).AsInt32;

    private static IEnumerable<BsonDocument> Read(this ILiteEngine engine, string collection, Query query)
    {
        using var reader = engine.Query(collection, query);
        while (reader.Read()) yield return reader.Current.AsDocument;
    }
}
