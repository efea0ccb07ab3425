using System.CommandLine;
using Codebook.Core.Application;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Search;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Storage.Backups;

namespace Codebook.Cli;

/// <summary>The project a command works on, with who is working: the composition root of one command. It gives
/// Core's <see cref="ProjectWorkspace"/> its adapters (the LiteDB project file, the Lucene index beside it), so every
/// change any command commits reaches the index.</summary>
public sealed class OpenProject : IDisposable
{
    private readonly LiteProjectStore _file;

    private OpenProject(LiteProjectStore store, ProjectWorkspace workspace, string path)
    {
        _file = store;
        Workspace = workspace;
        IndexFolder = LuceneSearchIndex.FolderOf(path);
    }

    /// <summary>The project at <paramref name="path"/> opened for <paramref name="coder"/>, with its search index in the
    /// index folder beside it, encrypted with a key from the project's password when the project is encrypted, so that
    /// no transcript text lies in clear beside it.</summary>
    /// <param name="rebuilt">How to say the index was rebuilt (the terminal UI says it in its language).</param>
    public static ProjectWorkspace OpenWorkspace(LiteProjectStore store, string path, Coder coder, bool blind,
        Func<IMediaPlayer>? player = null, Func<IndexCondition, IndexSize, string>? rebuilt = null) =>
        new(store, coder, SystemClock.Instance,
            IndexOf(store, LuceneSearchIndex.FolderOf(path)), blind, player, rebuilt);

    /// <summary>How to open the search index of <paramref name="store"/> in <paramref name="folder"/>: with the project's
    /// password when it has one, which encrypts the index's files.</summary>
    public static Func<ISearchIndex> IndexOf(LiteProjectStore store, string folder) => () => LuceneSearchIndex.Open(folder, store.Password);

    /// <summary>The project file itself.</summary>
    public LiteProjectStore File => _file;

    /// <summary>The project opened for the coder: services, view, search and undo.</summary>
    public ProjectWorkspace Workspace { get; }

    /// <summary>The search index as it is in its folder, read (with the project's password) without repairing it.</summary>
    public IndexInspection InspectIndex() => IndexInspection.Of(IndexFolder, _file.Password);

    /// <summary>Backs the project up before a destructive <paramref name="operation"/> (<c>merge</c>, <c>theme-delete</c>).</summary>
    public ProjectBackup Backup(string operation) => _file.Backup(operation);

    public IProjectStore Store => Workspace.Store;

    public Coder Coder => Workspace.Coder;

    /// <summary>What listings and analyses read: the store, or under <c>--blind</c> the coder's <see cref="BlindView"/>.
    /// Changes still go through <see cref="Store"/>.</summary>
    public IProjectStore View => Workspace.View;

    public IClock Clock => Workspace.Clock;

    /// <summary>The index folder beside the project file (<c>NAME.codebook.index</c>).</summary>
    public string IndexFolder { get; }

    /// <summary>Keeps the search index in step with the store; opens it only when a command searches or changes something.</summary>
    public IndexKeeper Index => Workspace.Index!;

    /// <summary>The search index, rebuilt first (with a note on the error stream) when missing, damaged or stale;
    /// under <c>--blind</c>, one that refuses queries on others' codings (<see cref="BlindSearch"/>).</summary>
    public ISearchIndex Search => Workspace.Search();

    public static OpenProject From(ParseResult parse, GlobalOptions globals)
    {
        var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
        var store = ProjectFile.Open(path, SystemClock.Instance, Openings.For(parse, globals));
        var workspace = OpenWorkspace(store, path, Coder.Resolve(parse.GetValue(globals.Coder)), parse.GetValue(globals.Blind));
        // Notes (the index was rebuilt) go to the run's error stream: the console's, or a test's writer.
        var notices = parse.InvocationConfiguration.Error;
        workspace.Noticed += message => notices.WriteLine($"note: {message}");
        return new OpenProject(store, workspace, path);
    }

    /// <summary>The index first, then the project: its last update follows the store's last commit.</summary>
    public void Dispose() => Workspace.Dispose();
}
