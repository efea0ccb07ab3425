using Codebook.Core.Analysis;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Quotes;

namespace Codebook.Core.Reports;

/// <summary>The codebook as a supervisor reviews it: every theme in tree order with its counts and up to N example
/// quotes, pseudonymised like any export (the themes' texts too).</summary>
public sealed record CodebookReport(string Project, IReadOnlyList<ReportedTheme> Themes, int Replacements)
{
    /// <summary>Examples are the theme's own codings (its sub-themes' when it has none), from as many different cases
    /// as possible, in interview order.</summary>
    public static CodebookReport Of(IProjectStore store, int examples, bool allowRealNames)
    {
        var scope = AnalysisScope.Of(store);
        var selector = new QuoteSelector(store, () => throw new InvalidOperationException("a report needs no search"));
        var pseudonymiser = new Pseudonymiser(store.Pseudonyms());
        var withSubThemes = ThemeFrequencies.Of(scope, rollup: true);
        var themes = ThemeFrequencies.Of(scope, rollup: false).Zip(withSubThemes, (own, all) =>
        {
            var picked = examples == 0 ? [] : Examples(selector.Select(new QuoteChoice { Themes = [own.Theme.Id] }), own.Theme, examples);
            var sheet = QuoteSheet.Prepare(picked, QuoteOrder.Transcript, null, pseudonymiser, allowRealNames);
            var theme = PseudonymisedProject.PseudonymisedTheme(own.Theme, pseudonymiser);
            return new ReportedTheme(own with { Theme = theme }, all with { Theme = theme }, sheet.Quotes);
        }).ToList();
        return new CodebookReport(pseudonymiser.Apply(store.Info.Name).Text, themes, themes.Sum(t => t.Examples.Sum(q => q.Replacements)));
    }

    private static IReadOnlyList<Quote> Examples(IReadOnlyList<Quote> quotes, Theme theme, int count)
    {
        var own = quotes.Where(q => q.Theme?.Id == theme.Id).ToList();
        var pool = own.Count > 0 ? own : quotes;
        var firstPerCase = pool.DistinctBy(q => q.Case.Id).ToList();
        return firstPerCase.Concat(pool.Except(firstPerCase)).Take(count).ToList();
    }
}
