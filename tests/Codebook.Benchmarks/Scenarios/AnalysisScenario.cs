using System.Text.Json.Nodes;
using Codebook.Benchmarks.Corpus;
using Codebook.Benchmarks.Measuring;
using Codebook.Core.Agreement;
using Codebook.Core.Analysis;
using Codebook.Core.Ports;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>The analyses on the coded corpus, each timed as a command runs it: its scope read from the project (a
/// fresh one each time, since an analysis that needs passages or words reads the transcripts' text into it), then the
/// computation. Agreement is between the plan's two coders, per theme, by passage and by character.</summary>
internal static class AnalysisScenario
{
    public static void Run(Workspace workspace, Report report)
    {
        var store = workspace.Store!;
        var scope = Timing.Milliseconds(() => AnalysisScope.Of(store), out double scopeMs);
        var agreementScope = Timing.Milliseconds(() => Agreement(store), out double agreementScopeMs);
        var computations = new Dictionary<string, Func<object>>
        {
            ["frequencies"] = () => ThemeFrequencies.Of(AnalysisScope.Of(store), rollup: true),
            ["matrixByCase"] = () => ThemeMatrices.ByCase(AnalysisScope.Of(store), MatrixCount.Codings, rollup: true),
            ["matrixByAttribute"] = () => ThemeMatrices.ByAttribute(AnalysisScope.Of(store), "territory", MatrixCount.Cases, rollup: true),
            ["coOccurrenceOverlap"] = () => CoOccurrences.Of(AnalysisScope.Of(store), CoOccurrenceMode.Overlapping),
            ["coOccurrencePassage"] = () => CoOccurrences.Of(AnalysisScope.Of(store), CoOccurrenceMode.SamePassage),
            ["coOccurrenceWithin3"] = () => CoOccurrences.Of(AnalysisScope.Of(store), CoOccurrenceMode.Within(3)),
            ["saturation"] = () => Saturation.Of(AnalysisScope.Of(store)),
            ["agreementByPassage"] = () => AgreementReport.Of(Agreement(store), AgreementUnit.Passage),
            ["agreementByChar"] = () => AgreementReport.Of(Agreement(store), AgreementUnit.Char),
        };
        var detail = new JsonObject { ["scopeLoadMs"] = scopeMs, ["agreementScopeLoadMs"] = agreementScopeMs };
        var cpu = new JsonObject();
        double slowest = 0;
        foreach (var (name, compute) in computations)
        {
            double ms = 0;
            cpu[name + "Ms"] = ThreadCpu.Milliseconds(() => ms = Timing.Milliseconds(() => compute()));
            detail[name + "Ms"] = ms;
            slowest = Math.Max(slowest, ms);
        }
        detail["cpu"] = cpu;
        var agreement = AgreementReport.Of(agreementScope, AgreementUnit.Char);
        detail["agreementThemes"] = agreement.Themes.Count;
        detail["agreementOverallKappa"] = agreement.Overall?.Cohen?.Value;
        detail["agreementOverallAlpha"] = agreement.Overall?.Alpha.Value;
        detail["agreementOverallUnitizedAlpha"] = agreement.Overall?.Unitized?.Value;
        report.Add("analysisCodings", scope.Codings.Count);
        report.Add("analysisMs", slowest);
        report.Add("analysis", detail);
    }

    private static AgreementScope Agreement(IProjectStore store) =>
        AgreementScope.Of(store, [CodingPlan.FirstCoder, CodingPlan.SecondCoder]);
}
