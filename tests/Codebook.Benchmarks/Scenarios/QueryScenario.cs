using Codebook.Benchmarks.Measuring;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>Latency of the query mix through the search port (the best 20 passages, as <c>codebook search</c>
/// shows), against a compiled-regex scan of all the transcripts' text held in memory.</summary>
internal static class QueryScenario
{
    private const int Rounds = 30;
    private const int ScanRounds = 3;
    private const int Limit = 20;

    public static void Run(Workspace workspace, Report report)
    {
        var index = Timing.Milliseconds(() => workspace.Keeper!.Current(), out double openMs);
        foreach (var (query, _) in QueryMix.All) index.Search(query, Limit);

        var latencies = new List<double>();
        var found = new Dictionary<string, int>();
        for (int round = 0; round < Rounds; round++)
        {
            foreach (var (query, _) in QueryMix.All)
            {
                var results = Timing.Milliseconds(() => index.Search(query, Limit), out double ms);
                latencies.Add(ms);
                found[query] = results.Total;
            }
        }

        var texts = workspace.Store!.Transcripts().Select(t => t.Text).ToList();
        var scans = new List<double>();
        for (int round = 0; round < ScanRounds; round++)
        {
            foreach (var (_, scan) in QueryMix.All) scans.Add(Timing.Milliseconds(() => texts.Sum(t => scan.Count(t))));
        }

        double p50 = Timing.Percentile(latencies, 50), scanP50 = Timing.Percentile(scans, 50);
        report.Add("indexOpenMs", openMs);
        report.Add("queryP50Ms", p50);
        report.Add("queryP95Ms", Timing.Percentile(latencies, 95));
        report.Add("queryMaxMs", latencies.Max());
        report.Add("scanP50Ms", scanP50);
        report.Add("scanRatio", scanP50 / p50);
        report.Add("passagesFound", found.Values.Sum());
    }
}
