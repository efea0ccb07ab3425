using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Quotes;

namespace Codebook.Core.Framework;

/// <summary>A framework matrix ready to write: the cases and summaries pseudonymised by the project's table as quote
/// exports are, each cell with its number of passages and, when asked, its quotes (already prepared by a
/// <see cref="QuoteSheet"/>). A listed real name left in a summary is refused unless <c>allowRealNames</c>.</summary>
public sealed class FrameworkSheet
{
    private FrameworkSheet(IReadOnlyList<Theme> themes, IReadOnlyList<FrameworkSheetRow> rows, int replacements)
    {
        Themes = themes;
        Rows = rows;
        Replacements = replacements;
    }

    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyList<FrameworkSheetRow> Rows { get; }

    /// <summary>Real names replaced in the cases and summaries (the quotes count theirs).</summary>
    public int Replacements { get; }

    /// <param name="quotes">The quotes to place in the cells, by their case and theme; null to write none.</param>
    public static FrameworkSheet Prepare(FrameworkMatrix matrix, QuoteSheet? quotes, Pseudonymiser pseudonymiser, bool allowRealNames)
    {
        var byCell = (quotes?.Quotes ?? []).Where(q => q.Quote.Theme is not null).ToLookup(q => (q.Quote.Case.Id, q.Quote.Theme!.Id));
        int replacements = 0;
        var rows = new List<FrameworkSheetRow>();
        for (int row = 0; row < matrix.Cases.Count; row++)
        {
            var @case = Pseudonymise(matrix.Cases[row].Id, matrix.Cases[row].Id);
            var cells = matrix.Row(row).Select(cell => new FrameworkSheetCell(
                cell.Theme.Id,
                Pseudonymise(cell.Text, $"{cell.Case.Id} × {cell.Theme.Id}"),
                cell.PassageCount,
                byCell[(cell.Case.Id, cell.Theme.Id)].ToList())).ToList();
            rows.Add(new FrameworkSheetRow(@case, cells));
        }
        return new FrameworkSheet(matrix.Themes, rows, replacements);

        string Pseudonymise(string text, string where)
        {
            var result = pseudonymiser.ApplyOrRefuse(text, $"the framework summary of {where}", "summary", null, allowRealNames);
            replacements += result.Replacements;
            return result.Text;
        }
    }
}
