using Codebook.Core.Analysis;
using Codebook.Core.Application;
using Codebook.Core.AutoCoding;
using Codebook.Core.Changes;
using Codebook.Core.Codings;
using Codebook.Core.Media;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Reviews;
using Codebook.Core.Speakers;
using Codebook.Core.Search;
using Codebook.Core.Themes;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Session;

/// <summary>The open project as the UI sees it: Core's <see cref="ProjectWorkspace"/>, with what it says worded in the
/// UI's language. Each change is committed by the service that makes it (so it is saved and undoable), then
/// <see cref="Changed"/> tells the views.</summary>
public sealed class ProjectSession
{
    private readonly ProjectWorkspace _workspace;
    private readonly ITableWriter? _tables;

    /// <param name="tables">Writes the analysis tables the UI exports (the composition root gives the Formats writer).</param>
    public ProjectSession(ProjectWorkspace workspace, ITableWriter? tables = null)
    {
        _workspace = workspace;
        _tables = tables;
        workspace.Noticed += message => Noticed?.Invoke(message);
    }

    /// <summary>What this session said of each change it made, by the change's place in the log, so that an undo or
    /// redo of it is told in the same words (the log's are Core's English).</summary>
    private readonly Dictionary<long, string> _said = [];

    /// <summary>What the UI reads: the store, or in blind mode the coder's view of it.</summary>
    public IProjectStore Store => _workspace.View;

    public bool Blind => _workspace.Blind;

    public Coder Coder => _workspace.Coder;

    /// <summary>Raised after every committed change, with the log's summary of it.</summary>
    public event Action<string>? Changed;

    public ThemeTree ThemeTree() => new(Store.Themes());

    public IReadOnlyList<Coding> Code(string transcriptId, string themeId, SpanChoice span) =>
        Announce(_workspace.Coding.Code(transcriptId, themeId, span), added => Names.Format(Names.Plural(added.Count, Strings.CodedOne, Strings.CodedMany), added.Count, themeId));

    public Coding Uncode(string codingId) => Announce(_workspace.Coding.Uncode(codingId), c => Names.Format(Strings.Removed, c.ThemeId, c.Id));

    /// <summary>Writes a memo on a coding (the memos the UI writes).</summary>
    public Memo AddMemo(string codingId, string text) =>
        Announce(_workspace.Memos.Add(MemoTarget.Coding, codingId, text), m => Names.Format(Strings.MemoAdded, m.Id, m.TargetId));

    /// <summary>Writes (or, with empty text, clears) the framework summary of a case and a theme; a text the cell
    /// already holds changes nothing and says nothing.</summary>
    public void SetSummary(string caseId, string themeId, string text)
    {
        var before = _workspace.Store.LastChange;
        var summary = _workspace.Framework.Set(caseId, themeId, text);
        if (_workspace.Store.LastChange == before) return;
        Announce(summary, s => Names.Format(s is null ? Strings.SummaryCleared : Strings.SummaryWritten, caseId, themeId));
    }

    /// <summary>The best <paramref name="limit"/> passages for a query (docs/search.md).</summary>
    /// <exception cref="Core.Errors.CodebookException">The query cannot be read, or there is no index.</exception>
    public SearchResults Search(string query, int limit) => _workspace.Search().Search(query, limit);

    /// <summary>What analyses count: the whole project as <see cref="Store"/> shows it, or only the codings that
    /// overlap the passages <paramref name="query"/> finds.</summary>
    public AnalysisScope Scope(string? query) => _workspace.Scope(query);

    /// <summary>What coding every passage the query finds with the theme would add; changes nothing.</summary>
    public AutoCodePlan PreviewCodeAll(string query, string themeId) =>
        _workspace.AutoCode().Preview(query, themeId, AutoCodeUnit.Passage);

    /// <summary>Codes the plan's passages in one change, which one undo takes back.</summary>
    public IReadOnlyList<Coding> CodeAll(AutoCodePlan plan) =>
        Announce(_workspace.AutoCode().Apply(plan), added => Names.Format(Strings.CodedAll, Names.Passages(added.Count), plan.Theme.Id, plan.Query));

    /// <summary>Sets the role of a speaker in one transcript, by hand (the command line's <c>speakers set-role --transcript</c>).</summary>
    public SpeakerRoleChange SetRole(string transcriptId, string speaker, SpeakerRole role) =>
        Announce(_workspace.Speakers.SetRole(speaker, role, transcriptId), set => Names.Format(Strings.RoleSet, set.Name, Names.Role(set.Role), transcriptId));

    public CodingReview Review(string codingId, CodingVerdict verdict, string? comment = null) =>
        Announce(_workspace.Reviews.Review(codingId, verdict, comment), r => Names.Format(Strings.Reviewed, Names.Verdict(r.Verdict), codingId));

    public Theme SetStatus(string themeId, ReviewStatus status) =>
        Announce(_workspace.Themes.Review(themeId, status), t => Names.Format(Strings.Marked, t.Id, Names.Status(status)));

    /// <summary>What changed in the codebook between two versions (snapshot labels, or "current").</summary>
    public IReadOnlyList<ThemeDifference> Diff(string before, string after) => _workspace.Versions.Diff(before, after);

    /// <summary>The recordings linked to the transcripts, and where a turn or a passage is heard in them.</summary>
    public MediaService Media => _workspace.Media;

    /// <summary>The player; throws when there is none (<see cref="Core.Errors.ErrorCode.NoPlayer"/>).</summary>
    public IMediaPlayer Player() => _workspace.Player();

    /// <summary>Where an exported analysis table is written.</summary>
    public ITableWriter Tables => _tables ?? throw new InvalidOperationException("this session was opened without a table writer");

    /// <summary>Something the user should know that is not a change (the search index was rebuilt).</summary>
    public event Action<string>? Noticed;

    /// <summary>Undoes the last change; null when there is nothing to undo.</summary>
    public string? Undo() => _workspace.Undo() is { } change ? Again(change, Strings.Undone) : null;

    /// <summary>Redoes the last undone change; null when there is nothing to redo.</summary>
    public string? Redo() => _workspace.Redo() is { } change ? Again(change, Strings.Redone) : null;

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

    private T Announce<T>(T result, Func<T, string> describe)
    {
        var message = describe(result);
        _said[Store.LastChange] = message;
        Changed?.Invoke(message);
        return result;
    }
}
