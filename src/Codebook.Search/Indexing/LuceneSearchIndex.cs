using Codebook.Core.Errors;
using Codebook.Core.Ports;
using Codebook.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Codebook.Search.Indexing;

/// <summary>The search index port over a <see cref="PassageIndex"/> in its folder. Opening repairs what it can: a
/// missing index is created empty, a damaged one is deleted and created empty, and both then need a rebuild.</summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    private readonly PassageIndex index;

    private LuceneSearchIndex(PassageIndex index, IndexCondition opened)
    {
        this.index = index;
        Opened = opened;
    }

    /// <summary>The index folder of a project file: <c>NAME.codebook.index</c> beside it.</summary>
    public static string FolderOf(string projectPath) => Path.GetFullPath(projectPath) + ".index";

    public static LuceneSearchIndex Open(string folder)
    {
        var found = IndexInspection.Of(folder).Condition;
        if (found == IndexCondition.Damaged) System.IO.Directory.Delete(folder, recursive: true);
        try
        {
            return new LuceneSearchIndex(new PassageIndex(folder), found);
        }
        catch (LockObtainFailedException e)
        {
            throw new CodebookException(ErrorCode.IndexInUse, "the search index is in use by another Codebook", folder,
                "close the other Codebook window or command, then try again", e);
        }
    }

    /// <summary>An index kept in memory only, empty at first: for an encrypted project, whose text must not lie in
    /// clear in a folder beside it. Each command that searches builds it again.</summary>
    public static LuceneSearchIndex InMemory() => new(new PassageIndex(new RAMDirectory()), IndexCondition.Missing);

    public IndexCondition Opened { get; }

    public long? Reflects => index.Reflects;

    public int Passages => index.Count();

    public SearchResults Search(string query, int limit) => index.Find(query, limit);

    public void Rebuild(IEnumerable<IndexedTranscript> transcripts, long sequence) => index.Rebuild(transcripts, sequence);

    public void Stage(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed) =>
        index.Stage(changed, removed);

    public void Publish(long sequence) => index.Publish(sequence);

    public void Dispose() => index.Dispose();
}
