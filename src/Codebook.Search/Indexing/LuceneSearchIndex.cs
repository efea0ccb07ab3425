using Codebook.Core.Errors;
using Codebook.Core.Ports;
using Codebook.Core.Search;
using Codebook.Search.Indexing.Encryption;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Codebook.Search.Indexing;

/// <summary>The search index port over a <see cref="PassageIndex"/> in its folder, in clear, or for an encrypted
/// project encrypted with a key from its password (<see cref="IndexKey"/>). Opening repairs what it can: a missing
/// index is created empty, a damaged one (or one made with another password, or in clear beside an encrypted project,
/// or encrypted beside a project in clear) is deleted and created empty, and both then need a rebuild.</summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    private readonly PassageIndex index;
    private readonly string folder;

    private LuceneSearchIndex(PassageIndex index, IndexCondition opened, string folder)
    {
        this.index = index;
        this.folder = folder;
        Opened = opened;
    }

    /// <summary>The index folder of a project file: <c>NAME.codebook.index</c> beside it.</summary>
    public static string FolderOf(string projectPath) => Path.GetFullPath(projectPath) + ".index";

    /// <summary>Opens the index in <paramref name="folder"/>, encrypted with <paramref name="password"/> (the
    /// project's) when there is one.</summary>
    public static LuceneSearchIndex Open(string folder, string? password = null)
    {
        var key = password is null ? null : IndexKey.For(folder, password);
        if (InOrder(folder, key, out var found) is { } inOrder) return inOrder;
        if (found == IndexCondition.Damaged) System.IO.Directory.Delete(folder, recursive: true);
        try
        {
            return new LuceneSearchIndex(new PassageIndex(DirectoryOf(folder, key)), found, folder);
        }
        catch (LockObtainFailedException e)
        {
            throw InUse(folder, e);
        }
    }

    /// <summary>The index in clear in <paramref name="folder"/> when it is in order, else null, with nothing repaired.</summary>
    public static LuceneSearchIndex? OpenInOrder(string folder) => InOrder(folder, null, out _);

    /// <summary>An index in order is searched as inspected; its writer waits for the first change.</summary>
    private static LuceneSearchIndex? InOrder(string folder, IndexKey? key, out IndexCondition found)
    {
        found = IndexInspection.Read(folder, key, out var commit).Condition;
        return commit is null ? null : new LuceneSearchIndex(new PassageIndex(commit.Directory, commit.Reader), found, folder);
    }

    /// <summary>Lucene's view of <paramref name="folder"/>: its files as they are, or decrypted with <paramref name="key"/>
    /// (which writes its key file first when it does not fit the folder, then empty).</summary>
    internal static Lucene.Net.Store.Directory DirectoryOf(string folder, IndexKey? key) =>
        key is null ? FSDirectory.Open(new DirectoryInfo(folder)) : EncryptedDirectory.Open(folder, key);

    public IndexCondition Opened { get; }

    public long? Reflects => index.Reflects;

    public int Passages => index.Count();

    public SearchResults Search(string query, int limit) => index.Find(query, limit);

    public void Rebuild(IEnumerable<IndexedTranscript> transcripts, long sequence) => Writing(() => index.Rebuild(transcripts, sequence));

    public void Stage(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed) =>
        Writing(() => index.Stage(changed, removed));

    public void Publish(long sequence) => Writing(() => index.Publish(sequence));

    /// <summary>Lucene's writer takes the index's lock when it opens: on the first change for an index found in order,
    /// on opening for one missing or damaged.</summary>
    private void Writing(Action write)
    {
        try
        {
            write();
        }
        catch (LockObtainFailedException e)
        {
            throw InUse(folder, e);
        }
    }

    private static CodebookException InUse(string folder, LockObtainFailedException e) =>
        new(ErrorCode.IndexInUse, "the search index is in use by another Codebook", folder,
            "close the other Codebook window or command, then try again", e);

    public void Dispose() => index.Dispose();
}
