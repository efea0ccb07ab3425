using System.CommandLine;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Search;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Storage.Backups;

namespace Codebook.Cli;

/// <summary>The project a command works on, with who is working: the composition root of one command. The search
/// index is wired to the store here, so every change any command commits reaches the index.</summary>
public sealed class OpenProject : IDisposable
{
    private readonly LiteProjectStore _file;

    private OpenProject(LiteProjectStore store, Coder coder, bool blind, string path, TextWriter notices)
    {
        _file = store;
        Store = store;
        Coder = coder;
        Blind = blind;
        View = blind ? new BlindView(store, coder.Name) : store;
        IndexFolder = LuceneSearchIndex.FolderOf(path);
        Index = new IndexKeeper(store, IndexOf(store, IndexFolder), message => notices.WriteLine($"note: {message}"));
    }

    /// <summary>How to open the search index of <paramref name="store"/>: in its folder, encrypted with a key from the
    /// project's password when the project is encrypted, so that no transcript text lies in clear beside it.</summary>
    public static Func<ISearchIndex> IndexOf(LiteProjectStore store, string folder) =>
        () => LuceneSearchIndex.Open(folder, store.Password);

    /// <summary>The search index as it is in its folder, read (with the project's password) without repairing it.</summary>
    public IndexInspection InspectIndex() => IndexInspection.Of(IndexFolder, _file.Password);

    /// <summary>Backs the project up before a destructive <paramref name="operation"/> (<c>merge</c>, <c>theme-delete</c>).</summary>
    public ProjectBackup Backup(string operation) => _file.Backup(operation);

    public IProjectStore Store { get; }

    public Coder Coder { get; }

    /// <summary>Whether <c>--blind</c> was given: the coder sees only their own codings.</summary>
    public bool Blind { get; }

    /// <summary>What listings and analyses read: the store, or under <c>--blind</c> the coder's <see cref="BlindView"/>.
    /// Changes still go through <see cref="Store"/>.</summary>
    public IProjectStore View { get; }

    public IClock Clock => SystemClock.Instance;

    /// <summary>The index folder beside the project file (<c>NAME.codebook.index</c>).</summary>
    public string IndexFolder { get; }

    /// <summary>Keeps the search index in step with the store; opens it only when a command searches or changes something.</summary>
    public IndexKeeper Index { get; }

    /// <summary>The search index, rebuilt first (with a note on the error stream) when missing, damaged or stale;
    /// under <c>--blind</c>, one that refuses queries on others' codings (<see cref="BlindSearch"/>).</summary>
    public ISearchIndex Search => Blind ? new BlindSearch(Index.Current()) : Index.Current();

    public static OpenProject From(ParseResult parse, GlobalOptions globals)
    {
        var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
        var store = ProjectFile.Open(path, SystemClock.Instance, Openings.For(parse, globals));
        // The run's error stream: the console's, or a test's writer.
        var notices = parse.InvocationConfiguration.Error;
        return new OpenProject(store, Coder.Resolve(parse.GetValue(globals.Coder)), parse.GetValue(globals.Blind), path, notices);
    }

    /// <summary>The index first: its last update follows the store's last commit.</summary>
    public void Dispose()
    {
        Index.Dispose();
        Store.Dispose();
    }
}
