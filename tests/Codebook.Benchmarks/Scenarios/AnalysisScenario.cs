using System.Text.Json.Nodes;
using Codebook.Benchmarks.Measuring;
using Codebook.Core.Analysis;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>The analyses on the coded corpus, each timed as a command runs it: the scope read from the project,
/// then the computation. Agreement is not in main yet, so it is not measured.</summary>
internal static class AnalysisScenario
{
    public static void Run(Workspace workspace, Report report)
    {
        var store = workspace.Store!;
        var scope = Timing.Milliseconds(() => AnalysisScope.Of(store), out double scopeMs);
        var computations = new Dictionary<string, Action>
        {
            ["frequencies"] = () => ThemeFrequencies.Of(scope, rollup: true),
            ["matrixByCase"] = () => ThemeMatrices.ByCase(scope, MatrixCount.Codings, rollup: true),
            ["matrixByAttribute"] = () => ThemeMatrices.ByAttribute(scope, "territory", MatrixCount.Cases, rollup: true),
            ["coOccurrenceOverlap"] = () => CoOccurrences.Of(scope, CoOccurrenceMode.Overlapping),
            ["coOccurrencePassage"] = () => CoOccurrences.Of(scope, CoOccurrenceMode.SamePassage),
            ["coOccurrenceWithin3"] = () => CoOccurrences.Of(scope, CoOccurrenceMode.Within(3)),
            ["saturation"] = () => Saturation.Of(scope),
        };
        var detail = new JsonObject { ["scopeLoadMs"] = scopeMs };
        double slowest = 0;
        foreach (var (name, compute) in computations)
        {
            double ms = Timing.Milliseconds(compute);
            detail[name + "Ms"] = ms;
            slowest = Math.Max(slowest, scopeMs + ms);
        }
        report.Add("analysisCodings", scope.Codings.Count);
        report.Add("analysisMs", slowest);
        report.Add("analysis", detail);
    }
}
