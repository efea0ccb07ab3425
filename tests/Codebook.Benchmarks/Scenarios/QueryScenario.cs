using Codebook.Benchmarks.Measuring;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Queries;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

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
        var cpu = new List<double>();
        var found = new Dictionary<string, int>();
        for (int round = 0; round < Rounds; round++)
        {
            foreach (var (query, _) in QueryMix.All)
            {
                var cpuBefore = ThreadCpu.Now();
                var results = Timing.Milliseconds(() => index.Search(query, Limit), out double ms);
                if (ThreadCpu.Now() - cpuBefore is { } cpuMs) cpu.Add(cpuMs);
                latencies.Add(ms);
                found[query] = results.Total;
            }
        }

        var bare = BareLucene(workspace);
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
        if (cpu.Count > 0)
        {
            report.Add("queryCpuP50Ms", Timing.Percentile(cpu, 50));
            report.Add("queryCpuP95Ms", Timing.Percentile(cpu, 95));
        }
        report.Add("luceneTopP50Ms", Timing.Percentile(bare, 50));
        report.Add("luceneTopP95Ms", Timing.Percentile(bare, 95));
        report.Add("scanP50Ms", scanP50);
        report.Add("scanRatio", scanP50 / p50);
        report.Add("passagesFound", found.Values.Sum());
    }

    /// <summary>The same queries parsed the same way and run on the same index folder by a plain searcher: the best 20
    /// documents, without reading them or marking their matches, which is the share of Lucene itself.</summary>
    private static List<double> BareLucene(Workspace workspace)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(LuceneSearchIndex.FolderOf(workspace.ProjectPath)));
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = Analyzers.PerField();
        var searcher = new IndexSearcher(reader);
        var latencies = new List<double>();
        for (int round = 0; round < Rounds; round++)
        {
            foreach (var (query, _) in QueryMix.All)
            {
                latencies.Add(Timing.Milliseconds(() => searcher.Search(QueryCompiler.Compile(query, analyzer), Limit)));
            }
        }
        return latencies;
    }
}
