using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>Theme × case and theme × attribute-value matrices.</summary>
public static class ThemeMatrices
{
    /// <summary>The column of cases that lack the attribute.</summary>
    public const string NoValue = "(none)";

    /// <summary>One column per case, in import order.</summary>
    public static ThemeMatrix ByCase(AnalysisScope scope, MatrixCount count, bool rollup) =>
        Build(scope, "case", scope.Cases().Select(c => c.Id).ToList(), c => c.Id, count, rollup);

    /// <summary>One column per value of the attribute, sorted, then <see cref="NoValue"/> if some cases lack it.</summary>
    public static ThemeMatrix ByAttribute(AnalysisScope scope, string attribute, MatrixCount count, bool rollup)
    {
        var cases = RequireAttribute(scope, attribute);
        string ValueOf(Case c) => c.Attributes.GetValueOrDefault(attribute) ?? NoValue;
        var values = cases.Select(ValueOf).Distinct().OrderBy(v => v == NoValue).ThenBy(v => v, StringComparer.Ordinal).ToList();
        return Build(scope, $"attr:{attribute}", values, ValueOf, count, rollup);
    }

    /// <summary>One column per bin of a number or date attribute, lowest first, then <see cref="NoValue"/> if some
    /// cases lack a value of its type; every bin is a column, empty or not.</summary>
    public static ThemeMatrix ByAttributeBins(AnalysisScope scope, string attribute, AttributeBins bins, MatrixCount count, bool rollup)
    {
        var cases = RequireAttribute(scope, attribute);
        string ValueOf(Case c) => bins.BinOf(c.Attributes.GetValueOrDefault(attribute)) ?? NoValue;
        var columns = cases.Any(c => ValueOf(c) == NoValue) ? [.. bins.Labels, NoValue] : bins.Labels;
        return Build(scope, $"attr:{attribute} bins {bins}", columns, ValueOf, count, rollup);
    }

    private static IReadOnlyList<Case> RequireAttribute(AnalysisScope scope, string attribute)
    {
        var cases = scope.Cases();
        if (!cases.Any(c => c.Attributes.ContainsKey(attribute)))
        {
            var known = cases.SelectMany(c => c.Attributes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new CodebookException(ErrorCode.NotFound, $"no case has the attribute '{attribute}'", null,
                known.Count == 0 ? "the cases have no attributes" : $"attributes: {string.Join(", ", known)}");
        }
        return cases;
    }

    private static ThemeMatrix Build(
        AnalysisScope scope, string by, IReadOnlyList<string> keys, Func<Case, string> columnOf, MatrixCount count, bool rollup)
    {
        var index = keys.Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i, StringComparer.Ordinal);
        int ColumnOf(Coding c) => index[columnOf(scope.CaseOf(c))];
        // Each coding placed in its column once, not once per column: linear in codings, not codings × cases.
        int[] Tally(IEnumerable<Coding> codings)
        {
            var byColumn = codings.ToLookup(ColumnOf);
            return keys.Select((_, i) => Measure(scope, byColumn[i], count)).ToArray();
        }

        var rows = scope.Tree.InOrder.Select(x =>
        {
            var codings = scope.CodingsOf(x.Theme, rollup).ToList();
            return new MatrixRow(x.Theme, x.Depth, Tally(codings), Measure(scope, codings, count));
        }).ToList();
        var casesPerColumn = scope.Cases().GroupBy(columnOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var columns = keys.Select(k => new MatrixColumn(k, casesPerColumn.GetValueOrDefault(k))).ToList();
        return new ThemeMatrix(by, count, rollup, columns, rows, Tally(scope.Codings), Measure(scope, scope.Codings, count));
    }

    private static int Measure(AnalysisScope scope, IEnumerable<Coding> codings, MatrixCount count) =>
        count == MatrixCount.Codings
            ? codings.Count()
            : codings.Select(c => scope.CaseOf(c).Id).Distinct(StringComparer.Ordinal).Count();
}
