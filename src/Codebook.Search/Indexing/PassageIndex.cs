using Codebook.Search.Analysis;
using Codebook.Search.Hits;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Codebook.Search.Indexing;

/// <summary>The Lucene index of a project's passages, in a folder beside the project file
/// (<c>NAME.codebook.index/</c>). Derived and disposable: it can always be rebuilt from the project.
/// Every change is committed and visible to the next search (near-real-time through a SearcherManager).</summary>
public sealed partial class PassageIndex : IDisposable
{
    private readonly Analyzer analyzer = Analyzers.PerField(AnalysisMode.Index);
    private readonly Analyzer queryAnalyzer = Analyzers.PerField(AnalysisMode.Query);
    private readonly PassageWords words = new();
    private readonly Lucene.Net.Store.Directory directory;
    private readonly object gate = new();

    /// <summary>The commit read on opening, searched until the first change: a command that only searches never
    /// opens a writer (nor takes its lock, nor writes a commit).</summary>
    private IndexSearcher? opened;

    private IndexWriter? writer;
    private SearcherManager? searchers;

    /// <summary>Opens the index in <paramref name="folder"/>, creating the folder and an empty index if needed.</summary>
    public PassageIndex(string folder) : this(FSDirectory.Open(new DirectoryInfo(folder)))
    {
    }

    /// <summary>An index in <paramref name="directory"/>, which it owns, created empty if it has no commit.</summary>
    /// <exception cref="LockObtainFailedException">Another writer holds the index.</exception>
    public PassageIndex(Lucene.Net.Store.Directory directory)
    {
        this.directory = directory;
        try
        {
            Writer();
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>The index in <paramref name="directory"/> (which it owns) as of <paramref name="commit"/>, a reader
    /// already open on its last commit, which it owns too: the writer waits for the first change.</summary>
    internal PassageIndex(Lucene.Net.Store.Directory directory, DirectoryReader commit)
    {
        this.directory = directory;
        opened = new IndexSearcher(commit);
    }

    /// <summary>The writer, opened on the first change (it then commits, so a new index has a commit to read).
    /// From then on searches see its changes through <see cref="searchers"/>, and the commit read on opening is let go
    /// once the searches still reading it are done.</summary>
    /// <exception cref="LockObtainFailedException">Another writer holds the index.</exception>
    private IndexWriter Writer()
    {
        lock (gate)
        {
            if (writer is not null) return writer;
            var opening = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // The passage records wait in this buffer until a flush (stored fields went to disk as they came):
                // twice Lucene's 16 MB flushes as often as before, so the index keeps as few segments to search.
                RAMBufferSizeMB = 32,
            });
            try
            {
                opening.Commit();
                searchers = new SearcherManager(opening, true, null);
            }
            catch
            {
                opening.Dispose();
                throw;
            }
            opened?.IndexReader.DecRef();
            opened = null;
            return writer = opening;
        }
    }

    /// <summary>A searcher to give back with <see cref="Release"/>.</summary>
    private IndexSearcher Acquire()
    {
        lock (gate)
        {
            if (searchers is not null) return searchers.Acquire();
            opened!.IndexReader.IncRef();
            return opened;
        }
    }

    /// <summary>Whichever way it was acquired, a searcher holds one reference to its reader.</summary>
    private static void Release(IndexSearcher searcher) => searcher.IndexReader.DecRef();

    /// <summary>Readers first, then the writer (which releases write.lock), then the folder.</summary>
    public void Dispose()
    {
        searchers?.Dispose();
        opened?.IndexReader.DecRef();
        writer?.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        queryAnalyzer.Dispose();
        words.Dispose();
    }
}
