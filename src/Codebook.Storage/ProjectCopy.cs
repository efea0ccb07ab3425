using LiteDB;

namespace Codebook.Storage;

/// <summary>Writes a whole project into a new file — every collection, its indexes and the schema version — with or
/// without a password, and checks the copy before anyone relies on it. Backups, <c>encrypt</c> and <c>decrypt</c>
/// go through here rather than copying bytes: the source stays open in this process, and a file copied under an
/// open LiteDB is only whole on some systems.</summary>
internal static class ProjectCopy
{
    public static void Write(LiteDatabase source, string destination, string? password)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var target = Connect(destination, password))
        {
            foreach (var name in source.GetCollectionNames())
            {
                var documents = source.GetCollection(name).FindAll().ToList();
                target.GetCollection(name).InsertBulk(documents);
                counts[name] = documents.Count;
            }
            using (var indexes = source.Execute("SELECT $ FROM $indexes"))
            {
                while (indexes.Read())
                {
                    var index = indexes.Current.AsDocument;
                    if (index["name"].AsString == "_id") continue;
                    target.GetCollection(index["collection"].AsString)
                        .EnsureIndex(index["name"].AsString, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
                }
            }
            target.UserVersion = source.UserVersion;
            target.Checkpoint();
        }
        Verify(destination, password, counts, source.UserVersion);
    }

    /// <summary>Reopens the copy as a reader would and compares what it holds.</summary>
    private static void Verify(string destination, string? password, Dictionary<string, long> counts, int version)
    {
        using var copy = Connect(destination, password);
        var wrong = counts.Where(c => copy.GetCollection(c.Key).LongCount() != c.Value).Select(c => c.Key).ToList();
        if (wrong.Count > 0 || copy.UserVersion != version)
        {
            throw new IOException($"the copy in {destination} does not hold what the project holds ({string.Join(", ", wrong)})");
        }
    }

    private static LiteDatabase Connect(string path, string? password) =>
        new(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Password = password }, ProjectMapper.Create());
}
