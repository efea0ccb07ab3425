using Codebook.Benchmarks.Corpus;
using Codebook.Benchmarks.Measuring;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>Codes the imported corpus at the density of the targets (50,000 codings on 100 MB), each coder's
/// codings in one change as <c>codebook codings import</c> would store them, re-indexed by the keeper.</summary>
internal static class CodingStep
{
    public const int CodingsPerMegabyte = 500;

    public static void Run(Workspace workspace, Report report)
    {
        var store = workspace.Store!;
        var themes = store.Themes().Select(t => t.Id).Order(StringComparer.Ordinal).ToList();
        var plan = new CodingPlan(themes);
        // One transcript's text at a time, as the product reads it: the plan must not hold the corpus in the coding
        // step's peak working set.
        var codings = store.TranscriptsWithoutText().Select(t => store.FindTranscript(t.Id)!)
            .SelectMany(t => plan.For(t, Math.Max(2, (int)Math.Round(t.Text.Length / 1024.0 / 1024.0 * CodingsPerMegabyte))))
            .ToList();
        double ms = 0;
        double cpuMs = ProcessCpu.Milliseconds(() => ms = Timing.Milliseconds(() =>
        {
            foreach (var byCoder in codings.GroupBy(c => c.Coder))
            {
                store.Commit(byCoder.Key, "codings import", $"imported {byCoder.Count()} codings", changes =>
                {
                    foreach (var coding in byCoder) changes.Put(coding);
                });
            }
        }));
        report.Add("codings", codings.Count);
        report.Add("codingCommitMs", ms);
        report.Add("codingCommitCpuMs", cpuMs);
    }
}
