using System.Diagnostics;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Running;
using Codebook.Benchmarks;
using Codebook.Benchmarks.Corpus;
using Codebook.Benchmarks.Measuring;
using Codebook.Benchmarks.Micro;
using Codebook.Benchmarks.Scenarios;

var arguments = HarnessArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(HarnessArguments.Usage);
    return 2;
}
if (arguments.Scenario == "micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(TurnParsingBenchmarks).Assembly)
        .Run(arguments.Rest.Length > 0 ? arguments.Rest : ["--filter", "*", "--job", "short"]);
    return 0;
}

var watch = Stopwatch.StartNew();
var report = new Report();
report.Add("scenario", arguments.Scenario);
// Absolute times on a shared machine mean little without how busy it was.
report.Add("loadAverageAtStart", LoadAverage.Now());
var peaks = new JsonObject();
void Measure(string name, Action run)
{
    Console.Error.WriteLine($"[{watch.Elapsed:mm\\:ss}] {name}...");
    PeakMemory.Reset();
    run();
    peaks[name] = PeakMemory.Megabytes();
}

var text = arguments.Runs("import", "query", "analysis", "encryptedQuery", "open") ? BenchText.Load() : null;
if (arguments.Runs("import", "query", "analysis", "encryptedQuery"))
{
    report.Add("sizeMB", arguments.SizeMB);
    using var workspace = new Workspace(arguments.SizeMB, text!);
    Measure("import", () => ImportScenario.Run(workspace, report));
    if (arguments.Runs("query", "analysis", "encryptedQuery")) Measure("coding", () => CodingStep.Run(workspace, report));
    if (arguments.Runs("query")) Measure("query", () => QueryScenario.Run(workspace, report));
    if (arguments.Runs("analysis")) Measure("analysis", () => AnalysisScenario.Run(workspace, report));
    if (arguments.Runs("encryptedQuery")) Measure("encryptedQuery", () => EncryptedQueryScenario.Run(workspace, report));
    if (workspace.Notices.Count > 0) report.Add("indexNotices", new JsonArray(workspace.Notices.Select(n => (JsonNode)n).ToArray()));
}
if (arguments.Runs("open")) Measure("open", () => OpenScenario.Run(text!, report));
if (arguments.Runs("gold")) Measure("gold", () => GoldScenario.Run(report));
// The start-up and command-line figures are other processes'; the harness's own peak there says nothing.
if (arguments.Runs("startup")) StartupScenario.Run(report, arguments.Codebook);
if (arguments.Runs("cliLatency")) CliLatencyScenario.Run(report, arguments.Codebook);

if (peaks.Count > 0)
{
    report.Add("peakWorkingSetMB", peaks.Max(p => p.Value!.GetValue<double>()));
    report.Add("peakWorkingSetByScenarioMB", peaks);
}
report.Add("loadAverageAtEnd", LoadAverage.Now());
report.Add("totalSeconds", watch.Elapsed.TotalSeconds);
if (arguments.Json) Console.WriteLine(report.ToJson());
else report.WriteLines(Console.Out);
return 0;
