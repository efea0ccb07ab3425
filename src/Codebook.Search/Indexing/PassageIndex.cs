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
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    /// <summary>Opens the index in <paramref name="folder"/>, creating the folder and an empty index if needed.</summary>
    public PassageIndex(string folder) : this(FSDirectory.Open(new DirectoryInfo(folder)))
    {
    }

    /// <summary>An index in <paramref name="directory"/>, which it owns (a folder, or memory for an encrypted project).</summary>
    public PassageIndex(Lucene.Net.Store.Directory directory)
    {
        this.directory = directory;
        try
        {
            writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // The passage records wait in this buffer until a flush (stored fields went to disk as they came):
                // twice Lucene's 16 MB flushes as often as before, so the index keeps as few segments to search.
                RAMBufferSizeMB = 32,
            });
            writer.Commit();
            searchers = new SearcherManager(writer, true, null);
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Readers first, then the writer (which releases write.lock), then the folder.</summary>
    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        queryAnalyzer.Dispose();
        words.Dispose();
    }
}
