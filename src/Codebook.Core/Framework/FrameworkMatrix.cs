using Codebook.Core.Analysis;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Framework;

/// <summary>The framework matrix: cases as rows (in import order of their first transcript), themes as columns (in the
/// codebook's order), and in each cell the case's passages coded with exactly that theme and the summary written for the
/// pair (a <see cref="MemoTarget.FrameworkCell"/> memo).</summary>
public sealed class FrameworkMatrix
{
    private readonly FrameworkCell[,] _cells;

    private FrameworkMatrix(IReadOnlyList<Case> cases, IReadOnlyList<Theme> themes, FrameworkCell[,] cells)
    {
        Cases = cases;
        Themes = themes;
        _cells = cells;
    }

    public IReadOnlyList<Case> Cases { get; }

    public IReadOnlyList<Theme> Themes { get; }

    public FrameworkCell this[int row, int column] => _cells[row, column];

    /// <summary>The cell of a case and a theme, by id; null when either is not in the matrix.</summary>
    public FrameworkCell? Find(string caseId, string themeId)
    {
        var row = Cases.ToList().FindIndex(c => c.Id == caseId);
        var column = Themes.ToList().FindIndex(t => t.Id == themeId);
        return row < 0 || column < 0 ? null : _cells[row, column];
    }

    /// <summary>The rows' cells, one per theme.</summary>
    public IEnumerable<FrameworkCell> Row(int row) => Enumerable.Range(0, Themes.Count).Select(column => _cells[row, column]);

    /// <summary>Builds the matrix of <paramref name="scope"/>'s codings (all of them, or those a query restricted it
    /// to) for the themes named, or every theme when none is; the summaries are the framework-cell memos.</summary>
    /// <exception cref="CodebookException">A theme named is not in the codebook.</exception>
    public static FrameworkMatrix Of(AnalysisScope scope, IEnumerable<Memo> memos, IReadOnlyList<string>? themeIds = null)
    {
        var themes = themeIds is { Count: > 0 }
            ? themeIds.Select(id => RequireTheme(scope, id)).DistinctBy(t => t.Id).ToList()
            : scope.Tree.InOrder.Select(x => x.Theme).ToList();
        var cases = scope.Cases();
        var summaries = memos.Where(m => m.Target == MemoTarget.FrameworkCell && m.ThemeId is not null)
            .GroupBy(m => (m.TargetId, m.ThemeId!))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.CreatedAt).First());
        var order = scope.Transcripts.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var passages = scope.Codings
            .OrderBy(c => order[c.TranscriptId]).ThenBy(c => c.Span.Start).ThenBy(c => c.Span.End).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToLookup(c => (scope.CaseOf(c).Id, c.ThemeId));
        var cells = new FrameworkCell[cases.Count, themes.Count];
        for (int row = 0; row < cases.Count; row++)
        {
            for (int column = 0; column < themes.Count; column++)
            {
                var key = (cases[row].Id, themes[column].Id);
                cells[row, column] = new FrameworkCell(cases[row], themes[column], passages[key].ToList(), summaries.GetValueOrDefault(key));
            }
        }
        return new FrameworkMatrix(cases, themes, cells);
    }

    /// <summary>The case a user named, by id, by name (any case of letters) or by the id of one of its transcripts,
    /// among the cases with transcripts.</summary>
    /// <exception cref="CodebookException">No such case; the message names the close ones.</exception>
    public static Case RequireCase(AnalysisScope scope, string name)
    {
        var cases = scope.Cases();
        return cases.FirstOrDefault(c => c.Id == name)
            ?? cases.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Id, name, StringComparison.OrdinalIgnoreCase))
            ?? scope.Transcripts.Where(t => string.Equals(t.Id, name, StringComparison.OrdinalIgnoreCase)).Select(scope.CaseOf).FirstOrDefault()
            ?? throw Unknown("case", name, cases.Select(c => c.Id).Concat(scope.Transcripts.Select(t => t.Id)), new ErrorHint(HintKind.FrameworkCases));
    }

    /// <summary>The theme a user named, by id or by label (any case of letters).</summary>
    /// <exception cref="CodebookException">No such theme; the message names the close ones.</exception>
    public static Theme RequireTheme(AnalysisScope scope, string name)
    {
        var themes = scope.Tree.InOrder.Select(x => x.Theme).ToList();
        return scope.Tree.Find(name)
            ?? themes.FirstOrDefault(t => string.Equals(t.Label, name, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Id, name, StringComparison.OrdinalIgnoreCase))
            ?? throw Unknown("theme", name, themes.Select(t => t.Id), new ErrorHint(HintKind.ListThemes));
    }

    private static CodebookException Unknown(string kind, string name, IEnumerable<string> known, ErrorHint hint)
    {
        var close = Nearest.Among(name, known);
        return new CodebookException(ErrorCode.NotFound,
            $"no {kind} '{name}' in this project" + (close.Count == 0 ? "" : $"; did you mean {string.Join(", ", close.Select(c => $"'{c}'"))}?"),
            null, hint);
    }
}
