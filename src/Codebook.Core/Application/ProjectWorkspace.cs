using Codebook.Core.Agreement;
using Codebook.Core.Analysis;
using Codebook.Core.AutoCoding;
using Codebook.Core.Cases;
using Codebook.Core.Changes;
using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Framework;
using Codebook.Core.Media;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Reviews;
using Codebook.Core.Search;
using Codebook.Core.Speakers;
using Codebook.Core.Themes;
using Codebook.Core.Time;

namespace Codebook.Core.Application;

/// <summary>A project opened for one coder: what the command line and the terminal UI both work on. Changes go to
/// <see cref="Store"/>; listings and analyses read <see cref="View"/> (under blind coding, the coder's own codings
/// only); searches go to <see cref="Search"/>, kept in step with every committed change. The front ends only parse
/// input and word output: the store, the index and the player are adapters given by the composition root.</summary>
public sealed class ProjectWorkspace : IDisposable
{
    private readonly Func<IMediaPlayer>? _player;

    /// <param name="store">The project; the workspace ends it when it is disposed.</param>
    /// <param name="openIndex">Opens the project's search index (empty when missing or damaged); null where there is
    /// none, and searching then says so.</param>
    /// <param name="blind">Blind coding (docs/agreement.md): the coder sees only their own codings and memos, and
    /// searches refuse the fields that hold others' codings (<see cref="BlindSearch"/>).</param>
    /// <param name="player">Makes the player that plays recordings (docs/media.md) on first use; null where there is none.</param>
    /// <param name="rebuilt">How to say the index was rebuilt, and why (the terminal UI says it in its language).</param>
    public ProjectWorkspace(IProjectStore store, Coder coder, IClock clock, Func<ISearchIndex>? openIndex = null, bool blind = false,
        Func<IMediaPlayer>? player = null, Func<IndexCondition, IndexSize, string>? rebuilt = null)
    {
        Store = store;
        Coder = coder;
        Clock = clock;
        Blind = blind;
        _player = player;
        View = blind ? new BlindView(store, coder.Name) : store;
        if (openIndex is not null) Index = new IndexKeeper(store, openIndex, message => Noticed?.Invoke(message), rebuilt);
        Coding = new CodingService(store, coder, clock);
        Memos = new MemoService(store, coder, clock);
        Themes = new ThemeService(store, coder, clock);
        Reviews = new CodingReviewService(store, coder, clock);
        Framework = new FrameworkService(store, coder, clock);
        Speakers = new SpeakerService(store, coder);
        Cases = new CaseService(store, coder);
        Pseudonyms = new PseudonymService(store, coder);
        Media = new MediaService(store, coder);
        Settling = new SettleService(store, coder, clock);
        Versions = new CodebookVersions(store, coder, clock);
    }

    /// <summary>Where changes, undo and redo go: the project itself, which sees every coding (to keep ids unique).</summary>
    public IProjectStore Store { get; }

    public Coder Coder { get; }

    public IClock Clock { get; }

    /// <summary>Whether the coder codes blind: listings, analyses and searches show only their own codings.</summary>
    public bool Blind { get; }

    /// <summary>What listings and analyses read: the store, or in blind coding the coder's <see cref="BlindView"/>.</summary>
    public IProjectStore View { get; }

    /// <summary>Keeps the search index in step with the store; null where there is no index. The index is opened
    /// only when something searches or changes the project.</summary>
    public IndexKeeper? Index { get; }

    /// <summary>Something the user should know that is not a change (the search index was rebuilt).</summary>
    public event Action<string>? Noticed;

    public CodingService Coding { get; }

    public MemoService Memos { get; }

    public ThemeService Themes { get; }

    public CodingReviewService Reviews { get; }

    public FrameworkService Framework { get; }

    public SpeakerService Speakers { get; }

    public CaseService Cases { get; }

    public PseudonymService Pseudonyms { get; }

    /// <summary>The recordings linked to the transcripts, and where a turn or a passage is heard in them.</summary>
    public MediaService Media { get; }

    public SettleService Settling { get; }

    /// <summary>The codebook's versions: snapshots and what changed between two.</summary>
    public CodebookVersions Versions { get; }

    /// <summary>The search index, brought up to date first; in blind coding, one that refuses queries on others'
    /// codings.</summary>
    /// <exception cref="CodebookException">There is no index (<see cref="ErrorCode.NoSearchIndex"/>).</exception>
    public ISearchIndex Search()
    {
        var index = Index?.Current() ?? throw new CodebookException(ErrorCode.NoSearchIndex, "the project was opened without its search index");
        return Blind ? new BlindSearch(index) : index;
    }

    /// <summary>Codes every passage a query finds (docs/coding.md), through the search index.</summary>
    public AutoCodeService AutoCode() => new(Store, Search(), Coder, Clock);

    /// <summary>What analyses count: the whole project as <see cref="View"/> shows it, or only the codings that
    /// overlap the passages <paramref name="query"/> finds.</summary>
    public AnalysisScope Scope(string? query) =>
        AnalysisScope.Of(View, query is null ? null : PassageRestriction.Found(Search(), query));

    /// <summary>The player; throws when there is none (<see cref="ErrorCode.NoPlayer"/>).</summary>
    public IMediaPlayer Player() => _player?.Invoke() ?? throw new CodebookException(ErrorCode.NoPlayer, "no program to play recordings was found", null, "install mpv (or ffplay, vlc), or name one in $CODEBOOK_PLAYER");

    /// <summary>Undoes the last change not yet undone, whoever made it; null when there is nothing to undo.</summary>
    public Change? Undo() => Store.Undo(Coder.Name);

    /// <summary>Redoes the last undone change; null when nothing was undone or a change was made since.</summary>
    public Change? Redo() => Store.Redo(Coder.Name);

    /// <summary>The index first: its last update follows the store's last commit.</summary>
    public void Dispose()
    {
        Index?.Dispose();
        Store.Dispose();
    }
}
