using Codebook.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Codebook.Search.Indexing;

/// <summary>An index folder read without writing anything: whether Lucene can read every file of its last commit
/// (checksums included, so a truncated file is caught here rather than in the middle of a search), which project
/// change it reflects and how many passages it holds.</summary>
public sealed record IndexInspection(IndexCondition Condition, long? Reflects, int Passages, string? Problem = null)
{
    public static IndexInspection Of(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return new(IndexCondition.Missing, null, 0);
        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        try
        {
            if (!DirectoryReader.IndexExists(directory)) return new(IndexCondition.Missing, null, 0);
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
            var reflects = PassageIndex.ReflectsOf(reader.IndexCommit.UserData, reader.NumDocs);
            return new(IndexCondition.Ok, reflects, reader.NumDocs);
        }
        // CorruptIndexException, IndexFormatTooOld/NewException, missing and truncated files are all IOExceptions;
        // garbage in a file can also surface as a failed argument or index check inside a codec.
        catch (Exception e) when (e is IOException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return new(IndexCondition.Damaged, null, 0, e.Message);
        }
    }
}
