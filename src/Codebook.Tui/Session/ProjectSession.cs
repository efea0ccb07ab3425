using Codebook.Core.AutoCoding;
using Codebook.Core.Changes;
using Codebook.Core.Codings;
using Codebook.Core.Media;
using Codebook.Core.Framework;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Reviews;
using Codebook.Core.Search;
using Codebook.Core.Speakers;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Session;

/// <summary>The open project as the UI sees it: what it holds, and the Core services that change it. Each change is
/// committed by the service that makes it (so it is saved and undoable), then <see cref="Changed"/> tells the views.</summary>
/// <param name="search">The search index, kept in step with the store by the composition root; null where there is
/// none (the search panel then says so).</param>
/// <param name="blind">Blind coding (docs/agreement.md): the UI reads the coder's <see cref="BlindView"/>, with only
/// their own codings and memos, and searches refuse the fields that hold others' codings (<see cref="BlindSearch"/>).</param>
/// <param name="player">The player that plays recordings (docs/media.md), made on first use by the composition root,
/// which ends it; null where there is none (playing then says what to install).</param>
/// <param name="tables">Writes the analysis tables the UI exports (the composition root gives the Formats writer).</param>
public sealed class ProjectSession(IProjectStore store, Coder coder, IClock clock, Func<ISearchIndex>? search = null, bool blind = false,
    Func<IMediaPlayer>? player = null, ITableWriter? tables = null)
{
    /// <summary>Where changes, undo and redo go: the store itself, which sees every coding (to keep ids unique).</summary>
    private readonly IProjectStore _file = store;

    private readonly CodingService _coding = new(store, coder, clock);
    private readonly MemoService _memos = new(store, coder, clock);
    private readonly ThemeService _themes = new(store, coder, clock);
    private readonly CodingReviewService _reviews = new(store, coder, clock);
    private readonly FrameworkService _framework = new(store, coder, clock);

    /// <summary>What this session said of each change it made, by the change's place in the log, so that an undo or
    /// redo of it is told in the same words (the log's are Core's English).</summary>
    private readonly Dictionary<long, string> _said = [];

    /// <summary>What the UI reads: the store, or in blind mode the coder's view of it.</summary>
    public IProjectStore Store { get; } = blind ? new BlindView(store, coder.Name) : store;

    public bool Blind { get; } = blind;

    public Coder Coder { get; } = coder;

    /// <summary>Raised after every committed change, with the log's summary of it.</summary>
    public event Action<string>? Changed;

    public ThemeTree ThemeTree() => new(Store.Themes());

    public IReadOnlyList<Coding> Code(string transcriptId, string themeId, SpanChoice span) =>
        Announce(_coding.Code(transcriptId, themeId, span), added => Names.Format(Names.Plural(added.Count, Strings.CodedOne, Strings.CodedMany), added.Count, themeId));

    public Coding Uncode(string codingId) => Announce(_coding.Uncode(codingId), c => Names.Format(Strings.Removed, c.ThemeId, c.Id));

    /// <summary>Writes a memo on a coding (the memos the UI writes).</summary>
    public Memo AddMemo(string codingId, string text) =>
        Announce(_memos.Add(MemoTarget.Coding, codingId, text), m => Names.Format(Strings.MemoAdded, m.Id, m.TargetId));

    /// <summary>Writes (or, with empty text, clears) the framework summary of a case and a theme; a text the cell
    /// already holds changes nothing and says nothing.</summary>
    public void SetSummary(string caseId, string themeId, string text)
    {
        var before = _file.LastChange;
        var summary = _framework.Set(caseId, themeId, text);
        if (_file.LastChange == before) return;
        Announce(summary, s => Names.Format(s is null ? Strings.SummaryCleared : Strings.SummaryWritten, caseId, themeId));
    }

    /// <summary>The best <paramref name="limit"/> passages for a query (docs/search.md).</summary>
    /// <exception cref="Core.Errors.CodebookException">The query cannot be read, or there is no index.</exception>
    public SearchResults Search(string query, int limit) => Index().Search(query, limit);

    /// <summary>What coding every passage the query finds with the theme would add; changes nothing.</summary>
    public AutoCodePlan PreviewCodeAll(string query, string themeId) =>
        new AutoCodeService(_file, Index(), Coder, clock).Preview(query, themeId, AutoCodeUnit.Passage);

    /// <summary>Codes the plan's passages in one change, which one undo takes back.</summary>
    public IReadOnlyList<Coding> CodeAll(AutoCodePlan plan) =>
        Announce(new AutoCodeService(_file, Index(), Coder, clock).Apply(plan), added => Names.Format(Strings.CodedAll, Names.Passages(added.Count), plan.Theme.Id, plan.Query));

    /// <summary>Sets the role of a speaker in one transcript, by hand (the command line's <c>speakers set-role --transcript</c>).</summary>
    public SpeakerRoleChange SetRole(string transcriptId, string speaker, SpeakerRole role) =>
        Announce(new SpeakerService(_file, Coder).SetRole(speaker, role, transcriptId), set => Names.Format(Strings.RoleSet, set.Name, Names.Role(set.Role), transcriptId));

    public CodingReview Review(string codingId, CodingVerdict verdict, string? comment = null) =>
        Announce(_reviews.Review(codingId, verdict, comment), r => Names.Format(Strings.Reviewed, Names.Verdict(r.Verdict), codingId));

    public Theme SetStatus(string themeId, ReviewStatus status) =>
        Announce(_themes.Review(themeId, status), t => Names.Format(Strings.Marked, t.Id, Names.Status(status)));

    /// <summary>What changed in the codebook between two versions (snapshot labels, or "current").</summary>
    public IReadOnlyList<ThemeDifference> Diff(string before, string after) => new CodebookVersions(Store, Coder, clock).Diff(before, after);

    /// <summary>The recordings linked to the transcripts, and where a turn or a passage is heard in them.</summary>
    public MediaService Media { get; } = new(store, coder);

    /// <summary>The player; throws when there is none (<see cref="Core.Errors.ErrorCode.NoPlayer"/>).</summary>
    public IMediaPlayer Player() => player?.Invoke()
        ?? throw new Core.Errors.CodebookException(Core.Errors.ErrorCode.NoPlayer, Strings.NoPlayer);

    /// <summary>Where an exported analysis table is written.</summary>
    public ITableWriter Tables => tables ?? throw new InvalidOperationException("this session was opened without a table writer");

    /// <summary>Something the user should know that is not a change (the search index was rebuilt).</summary>
    public event Action<string>? Noticed;

    public void Notice(string message) => Noticed?.Invoke(message);

    /// <summary>Undoes the last change; null when there is nothing to undo.</summary>
    public string? Undo() => _file.Undo(Coder.Name) is { } change ? Again(change, Strings.Undone) : null;

    /// <summary>Redoes the last undone change; null when there is nothing to redo.</summary>
    public string? Redo() => _file.Redo(Coder.Name) is { } change ? Again(change, Strings.Redone) : null;

    /// <summary>"undid #12: coded 1 passage with resistance": the change undone or redone in the words this session
    /// used when it made it, else in the log's (its summary after the store's "undid #12: ").</summary>
    private string Again(Change change, string resource)
    {
        var message = change.Summary;
        if (change.Reverts is { } sequence)
        {
            var logged = change.Summary[(change.Summary.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            message = Names.Format(resource, sequence, _said.GetValueOrDefault(sequence) ?? logged);
        }
        Changed?.Invoke(message);
        return message;
    }

    private ISearchIndex Index() => search?.Invoke() is { } index
        ? Blind ? new BlindSearch(index) : index
        : throw new Core.Errors.CodebookException(Core.Errors.ErrorCode.Usage, Strings.NoSearchIndex, null, Strings.NoSearchIndexHint);

    private T Announce<T>(T result, Func<T, string> describe)
    {
        var message = describe(result);
        _said[Store.LastChange] = message;
        Changed?.Invoke(message);
        return result;
    }
}
