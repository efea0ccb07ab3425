using Codebook.Core.Search;
using Codebook.Search.Indexing.Encryption;
using Lucene.Net.Index;

namespace Codebook.Search.Indexing;

/// <summary>An index folder read without writing anything: whether Lucene can read every file of its last commit
/// (checksums included, so a truncated file is caught here rather than in the middle of a search), which project
/// change it reflects and how many passages it holds. An encrypted index is read with the key from the project's
/// password; one that is encrypted when the project is not, or the other way round, or made with another password,
/// is damaged: Codebook cannot use it, and rebuilds it.</summary>
public sealed record IndexInspection(IndexCondition Condition, long? Reflects, int Passages, string? Problem = null)
{
    /// <summary>The index in <paramref name="folder"/>, read with <paramref name="password"/> (the project's) when
    /// there is one.</summary>
    public static IndexInspection Of(string folder, string? password = null) =>
        With(folder, password is null || !System.IO.Directory.Exists(folder) ? null : IndexKey.For(folder, password));

    internal static IndexInspection With(string folder, IndexKey? key)
    {
        var found = Read(folder, key, out var commit);
        commit?.Dispose();
        return found;
    }

    /// <summary>The inspection, and for an index in order the commit it read, left open for the caller to search
    /// (which then owns it, and its directory), so the index is not read twice.</summary>
    internal static IndexInspection Read(string folder, IndexKey? key, out ReadCommit? commit)
    {
        commit = null;
        if (!System.IO.Directory.Exists(folder)) return new(IndexCondition.Missing, null, 0);
        if (key is null && IndexKey.IsIn(folder))
        {
            return new(IndexCondition.Damaged, null, 0, "it is encrypted, and the project is not");
        }
        if (key?.Misfit is { } misfit)
        {
            return System.IO.Directory.EnumerateFileSystemEntries(folder).Any()
                ? new(IndexCondition.Damaged, null, 0, misfit)
                : new(IndexCondition.Missing, null, 0);
        }
        var directory = LuceneSearchIndex.DirectoryOf(folder, key);
        DirectoryReader? reader = null;
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return new(IndexCondition.Missing, null, 0);
            }
            reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
            var reflects = PassageIndex.ReflectsOf(reader.IndexCommit.UserData, reader.NumDocs);
            commit = new ReadCommit(directory, reader);
            return new(IndexCondition.Ok, reflects, reader.NumDocs);
        }
        // CorruptIndexException, IndexFormatTooOld/NewException, missing and truncated files are all IOExceptions;
        // garbage in a file can also surface as a failed argument or index check inside a codec.
        catch (Exception e) when (e is IOException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            reader?.Dispose();
            directory.Dispose();
            return new(IndexCondition.Damaged, null, 0, e.Message);
        }
    }

    /// <summary>An index's last commit, open, with the directory it was read from.</summary>
    internal sealed record ReadCommit(Lucene.Net.Store.Directory Directory, DirectoryReader Reader) : IDisposable
    {
        public void Dispose()
        {
            Reader.Dispose();
            Directory.Dispose();
        }
    }
}
