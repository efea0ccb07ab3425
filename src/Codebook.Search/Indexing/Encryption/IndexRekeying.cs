using Codebook.Core.Search;
using Lucene.Net.Store;

namespace Codebook.Search.Indexing.Encryption;

/// <summary>An index in order carried across <c>encrypt</c> and <c>decrypt</c>, so that the next search does not
/// rebuild it from the project (on a large study, about the import's time). Every file of its last commit is copied,
/// as Lucene reads and writes it, into a folder beside it under the new key (or in clear), synced, inspected, and only
/// then moved into the old one's place: interrupted, the old index is whole, or gone and rebuilt by the next search.</summary>
public static class IndexRekeying
{
    /// <summary>Rewrites the index in <paramref name="folder"/>, read with the password <paramref name="from"/> (null:
    /// in clear), under <paramref name="to"/> (null: in clear); whether it did. An index missing, damaged, or not
    /// readable with <paramref name="from"/> is left as it is, for the caller to delete.</summary>
    public static bool Rekey(string folder, string? from, string? to)
    {
        var staging = folder + ".rekeying";
        DeleteFolder(staging);
        var key = from is null || !System.IO.Directory.Exists(folder) ? null : IndexKey.For(folder, from);
        var source = IndexInspection.Read(folder, key, out var commit);
        if (commit is null) return false;
        using (commit)
        {
            System.IO.Directory.CreateDirectory(staging);
            using var target = LuceneSearchIndex.DirectoryOf(staging, to is null ? null : IndexKey.For(staging, to));
            var files = commit.Reader.IndexCommit.FileNames;
            foreach (var name in files) commit.Directory.Copy(target, name, name, IOContext.DEFAULT);
            target.Sync(files);
        }
        if (IndexInspection.Of(staging, to) is not { Condition: IndexCondition.Ok } copy
            || copy.Reflects != source.Reflects || copy.Passages != source.Passages)
        {
            DeleteFolder(staging);
            return false;
        }
        System.IO.Directory.Delete(folder, recursive: true);
        System.IO.Directory.Move(staging, folder);
        return true;
    }

    private static void DeleteFolder(string folder)
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
    }
}
