using Codebook.Core.Analysis;
using Codebook.Core.Ids;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Framework;

/// <summary>Writes the framework matrix's summaries: each cell's summary is one memo on the (case, theme) pair, written,
/// rewritten or cleared as one logged change that undo takes back.</summary>
public sealed class FrameworkService(IProjectStore store, Coder coder, IClock clock)
{
    /// <summary>Writes the summary of a case and a theme (named by id, name or label), or clears it when
    /// <paramref name="text"/> is blank. Returns the cell's summary after the change (null once cleared); a summary
    /// already saying the same, or a cell already empty, makes no change.</summary>
    /// <exception cref="Errors.CodebookException">The case or theme is not in the project.</exception>
    public Memo? Set(string caseName, string themeName, string text)
    {
        var scope = AnalysisScope.Of(store);
        var @case = FrameworkMatrix.RequireCase(scope, caseName);
        var theme = FrameworkMatrix.RequireTheme(scope, themeName);
        var memos = store.Memos();
        var existing = memos.Where(m => IsCell(m, @case.Id, theme.Id)).OrderByDescending(m => m.CreatedAt).ToList();
        var cell = $"{@case.Id} × {theme.Id}";
        text = text.Trim();
        if (text.Length == 0)
        {
            if (existing.Count == 0) return null;
            store.Commit(coder.Name, "framework.clear", $"cleared the framework summary of {cell}", changes => existing.ForEach(m => changes.RemoveMemo(m.Id)));
            return null;
        }
        if (existing.Count == 1 && existing[0].Text == text) return existing[0];

        var taken = memos.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var summary = new Memo
        {
            Id = existing.Count > 0 ? existing[0].Id : ShortId.New('m', taken.Contains),
            Target = MemoTarget.FrameworkCell,
            TargetId = @case.Id,
            ThemeId = theme.Id,
            Text = text,
            Author = coder.Name,
            CreatedAt = clock.UtcNow,
        };
        store.Commit(coder.Name, "framework.set", $"framework summary of {cell}: \"{Excerpt.Of(text)}\"", changes =>
        {
            // One summary a cell: any other (two copies merged, say) gives way to the one written now.
            existing.Skip(1).ToList().ForEach(m => changes.RemoveMemo(m.Id));
            changes.Put(summary);
        });
        return summary;
    }

    public static bool IsCell(Memo memo, string caseId, string themeId) =>
        memo.Target == MemoTarget.FrameworkCell && memo.TargetId == caseId && memo.ThemeId == themeId;
}
