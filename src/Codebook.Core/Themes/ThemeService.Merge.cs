using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Themes;

public sealed partial class ThemeService
{
    /// <summary>Merges <paramref name="fromId"/> into <paramref name="intoId"/>: its codings, memos, framework summaries and sub-themes move
    /// to the target, and it is deleted. A coding the target already has (same transcript, coder and span) is
    /// dropped, its memos going to the target's coding; the log keeps it, so undo brings it back.</summary>
    public ThemeMerge Merge(string fromId, string intoId)
    {
        var from = store.RequireTheme(fromId);
        var into = store.RequireTheme(intoId);
        if (from.Id == into.Id) throw new CodebookException(ErrorCode.Usage, $"cannot merge {fromId} into itself", fromId, "name two different themes");

        var codings = store.Codings();
        var kept = codings.Where(c => c.ThemeId == into.Id).ToDictionary(Place);
        var moved = codings.Where(c => c.ThemeId == from.Id && !kept.ContainsKey(Place(c))).ToList();
        var dropped = codings.Where(c => c.ThemeId == from.Id && kept.ContainsKey(Place(c))).ToList();
        var survivorOf = dropped.ToDictionary(c => c.Id, c => kept[Place(c)]);
        var memos = store.Memos()
            .Where(m => m.Target == MemoTarget.Theme && m.TargetId == from.Id || m.Target == MemoTarget.Coding && survivorOf.ContainsKey(m.TargetId))
            .ToList();
        var (cells, joinedCells) = MergeCells(from.Id, into.Id);
        var themes = store.Themes();
        var children = themes.Where(t => t.ParentId == from.Id && t.Id != into.Id).ToList();

        // A target below the merged theme takes its place, so that the sub-themes moving under it make no cycle.
        if (new ThemeTree(themes).WithDescendants(from).Any(t => t.Id == into.Id)) into.ParentId = from.ParentId;
        into.MergedFrom = [.. into.MergedFrom.Union(from.MergedFrom.Prepend(from.Id))];
        foreach (var coding in moved) coding.ThemeId = into.Id;
        var annotated = dropped.Where(c => JoinMemo(survivorOf[c.Id], c.Memo)).Select(c => survivorOf[c.Id]).Distinct().ToList();
        foreach (var memo in memos) memo.TargetId = memo.Target == MemoTarget.Theme ? into.Id : survivorOf[memo.TargetId].Id;
        foreach (var child in children) child.ParentId = into.Id;

        var summary = $"merged {from.Id} into {into.Id}: {Counted.Of(moved.Count, "coding")} moved" +
            (dropped.Count == 0 ? "" : $", {dropped.Count} already there dropped ({string.Join(", ", dropped.Select(c => c.Id))})");
        store.Commit(coder.Name, "theme.merge", summary, changes =>
        {
            moved.ForEach(changes.Put);
            annotated.ForEach(changes.Put);
            dropped.ForEach(c => changes.RemoveCoding(c.Id));
            memos.ForEach(changes.Put);
            cells.ForEach(changes.Put);
            joinedCells.ForEach(m => changes.RemoveMemo(m.Id));
            children.ForEach(changes.Put);
            changes.Put(into);
            changes.RemoveTheme(from.Id);
        });
        return new ThemeMerge(from.Id, into.Id, moved.Select(c => c.Id).ToList(), dropped.Select(c => c.Id).ToList(), children.Select(t => t.Id).ToList());
    }

    /// <summary>The framework summaries of the merged theme go to the target's column: a case's summary moves there,
    /// or is added after the target's own summary for the case when it has one (and then removed).</summary>
    private (List<Memo> Written, List<Memo> Removed) MergeCells(string fromId, string intoId)
    {
        var cells = store.Memos().Where(m => m.Target == MemoTarget.FrameworkCell).ToList();
        var targets = cells.Where(m => m.ThemeId == intoId).GroupBy(m => m.TargetId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        List<Memo> written = [], removed = [];
        foreach (var memo in cells.Where(m => m.ThemeId == fromId))
        {
            if (targets.TryGetValue(memo.TargetId, out var target))
            {
                target.Text += "\n\n" + memo.Text;
                if (!written.Contains(target)) written.Add(target);
                removed.Add(memo);
            }
            else
            {
                memo.ThemeId = intoId;
                written.Add(memo);
            }
        }
        return (written, removed);
    }

    /// <summary>Splits new themes off <paramref name="fromId"/>, as its siblings: each takes the codings named for it,
    /// the rest stay. Every coding named must be one of the theme's, and named once.</summary>
    public IReadOnlyList<Theme> Split(string fromId, IReadOnlyList<ThemeSplitPart> parts)
    {
        var from = store.RequireTheme(fromId);
        if (parts.Count == 0) throw new CodebookException(ErrorCode.Usage, $"say what to split {fromId} into", fromId, new ErrorHint(HintKind.SplitExample));
        var themes = store.Themes();
        var own = store.Codings().Where(c => c.ThemeId == from.Id).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var created = new List<Theme>();
        var moved = new List<Coding>();
        foreach (var part in parts)
        {
            RequireNewId([.. themes, .. created], part.Id);
            created.Add(new Theme
            {
                Id = part.Id,
                Label = RequireLabel(part.Label ?? part.Id),
                ParentId = from.ParentId,
                Order = from.Order,
                SplitFrom = from.Id,
            });
            foreach (var codingId in part.CodingIds)
            {
                if (!own.TryGetValue(codingId, out var coding))
                {
                    throw new CodebookException(ErrorCode.NotFound, $"{codingId} is not a coding of {fromId}", fromId, new ErrorHint(HintKind.CodingsOfTheme, fromId));
                }
                if (!named.Add(codingId)) throw new CodebookException(ErrorCode.Usage, $"{codingId} is named twice", fromId, "a coding goes to one new theme");
                coding.ThemeId = part.Id;
                moved.Add(coding);
            }
        }
        var summary = $"split {from.Id} into {string.Join(", ", created.Select(t => t.Id))}: {Counted.Of(moved.Count, "coding")} moved, {own.Count - moved.Count} stay";
        store.Commit(coder.Name, "theme.split", summary, changes =>
        {
            created.ForEach(changes.Put);
            moved.ForEach(changes.Put);
        });
        return created;
    }

    private static (string, string, TextSpan) Place(Coding coding) => (coding.TranscriptId, coding.Coder, coding.Span);

    /// <summary>Adds a dropped duplicate's memo to the coding that stays; false when there was nothing to add.</summary>
    private static bool JoinMemo(Coding survivor, string? memo)
    {
        if (string.IsNullOrWhiteSpace(memo) || survivor.Memo == memo) return false;
        survivor.Memo = survivor.Memo is null ? memo : $"{survivor.Memo}\n{memo}";
        return true;
    }
}
