using Codebook.Core.Codings;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Themes;
using Codebook.Core.Time;

namespace Codebook.Tui.Session;

/// <summary>The open project as the UI sees it: what it holds, and the Core services that change it. Each change is
/// committed by the service that makes it (so it is saved and undoable), then <see cref="Changed"/> tells the views.</summary>
public sealed class ProjectSession(IProjectStore store, Coder coder, IClock clock)
{
    private readonly CodingService _coding = new(store, coder, clock);
    private readonly MemoService _memos = new(store, coder, clock);

    public IProjectStore Store { get; } = store;

    public Coder Coder { get; } = coder;

    /// <summary>Raised after every committed change, with the log's summary of it.</summary>
    public event Action<string>? Changed;

    public ThemeTree ThemeTree() => new(Store.Themes());

    public IReadOnlyList<Coding> Code(string transcriptId, string themeId, SpanChoice span) =>
        Announce(_coding.Code(transcriptId, themeId, span), added => $"coded {added.Count} passage{(added.Count == 1 ? "" : "s")} with {themeId}");

    public Coding Uncode(string codingId) => Announce(_coding.Uncode(codingId), c => $"removed {c.ThemeId} ({c.Id})");

    public Memo AddMemo(MemoTarget target, string targetId, string text) =>
        Announce(_memos.Add(target, targetId, text), m => $"memo {m.Id} on {MemoService.Describe(m)}");

    /// <summary>Undoes the last change; null when there is nothing to undo.</summary>
    public string? Undo() => Store.Undo(Coder.Name) is { } change ? Announce(change.Summary, s => s) : null;

    /// <summary>Redoes the last undone change; null when there is nothing to redo.</summary>
    public string? Redo() => Store.Redo(Coder.Name) is { } change ? Announce(change.Summary, s => s) : null;

    private T Announce<T>(T result, Func<T, string> describe)
    {
        Changed?.Invoke(describe(result));
        return result;
    }
}
