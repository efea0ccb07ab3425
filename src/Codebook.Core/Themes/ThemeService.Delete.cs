using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Themes;

public sealed partial class ThemeService
{
    /// <summary>Deletes a theme with its codings the memos on it and on them and its framework summaries, in one change whose log entry keeps
    /// them all, so undo brings them back. Its sub-themes move up to its parent (or the top).</summary>
    public ThemeDeletion Delete(string id)
    {
        var theme = store.RequireTheme(id);
        var codings = store.Codings().Where(c => c.ThemeId == theme.Id).ToList();
        var codingIds = codings.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var memos = store.Memos()
            .Where(m => m.Target == MemoTarget.Theme && m.TargetId == theme.Id || m.Target == MemoTarget.FrameworkCell && m.ThemeId == theme.Id
                || m.Target == MemoTarget.Coding && codingIds.Contains(m.TargetId))
            .ToList();
        var themes = store.Themes();
        var children = themes.Where(t => t.ParentId == theme.Id).ToList();
        var order = NextOrder(themes, theme.ParentId);
        foreach (var child in children)
        {
            child.ParentId = theme.ParentId;
            child.Order = order++;
        }

        var summary = $"deleted theme {theme.Id} \"{theme.Label}\" with {Counted.Of(codings.Count, "coding")}" +
            (children.Count == 0 ? "" : $"; {string.Join(", ", children.Select(t => t.Id))} moved to {Place(theme.ParentId)}");
        store.Commit(coder.Name, "theme.delete", summary, changes =>
        {
            children.ForEach(changes.Put);
            memos.ForEach(m => changes.RemoveMemo(m.Id));
            codings.ForEach(c => changes.RemoveCoding(c.Id));
            changes.RemoveTheme(theme.Id);
        });
        return new ThemeDeletion(theme, codings.Count, children.Select(t => t.Id).ToList());
    }
}
