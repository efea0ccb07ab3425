using System.Diagnostics;
using System.Text.Json.Nodes;
using Codebook.Benchmarks.Measuring;
using Codebook.Search.Tests.Gold;
using Codebook.Testing;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>The search's gold set (tests/data/search/gold.tsv) on the sample study and the real excerpts, with the same
/// code as GoldSetTests: precision and recall per group, printed as the Markdown table of docs/search.md, and in the
/// report. Quick (about half a minute): the study is 18 interviews.</summary>
internal static class GoldScenario
{
    public static void Run(Report report)
    {
        var folder = Directory.CreateTempSubdirectory("codebook-gold-");
        try
        {
            var watch = Stopwatch.StartNew();
            GoldRun run;
            using (var study = new GoldStudy(Repository.Root, Path.Combine(folder.FullName, "gold.codebook.index")))
            {
                report.Add("goldIndexSeconds", watch.Elapsed.TotalSeconds);
                watch.Restart();
                run = new GoldRun(study, GoldSet.Read(Path.Combine(Repository.Root, GoldSet.RelativePath)));
                report.Add("goldQueriesSeconds", watch.Elapsed.TotalSeconds);
            }
            var groups = new JsonObject();
            foreach (var (group, score) in run.ByGroup())
            {
                groups[group] = new JsonObject
                {
                    ["queries"] = score.Queries,
                    ["precision"] = Math.Round(score.Precision, 3),
                    ["recall"] = Math.Round(score.Recall, 3),
                };
            }
            report.Add("gold", groups);
            Console.Error.Write(run.Table());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
