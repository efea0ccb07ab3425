using Codebook.Benchmarks.Measuring;
using Codebook.Cli.Demo;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>What one command-line call costs on the sample study, against the least a .NET console program costs:
/// <c>codebook transcripts</c>, <c>search chiffres</c>, <c>codings --theme resistance</c> and <c>freq</c>, each run to
/// its exit, and the minimal program built beside the harness the same way, in rounds that take each in turn (so the
/// machine's load falls alike on all), after one untimed round (the disk cache, the search index).</summary>
internal static class CliLatencyScenario
{
    private const int Rounds = 9;

    /// <summary>The commands, by the name their figures carry.</summary>
    private static readonly (string Name, string[] Args)[] Commands =
    [
        ("Transcripts", ["transcripts"]),
        ("Search", ["search", "chiffres"]),
        ("Codings", ["codings", "--theme", "resistance"]),
        ("Freq", ["freq"]),
    ];

    /// <param name="installed">Another <c>codebook</c> executable to measure as well (the installed tool's), or null.</param>
    public static void Run(Report report, string? installed)
    {
        var codebook = BesideHarness.Executable("codebook");
        var minimal = BesideHarness.Executable("minimal-program");
        if (installed is not null && !File.Exists(installed)) throw new FileNotFoundException("no codebook executable there", installed);
        var data = Directory.CreateTempSubdirectory("codebook-bench-cli-").FullName;
        try
        {
            var environment = new Dictionary<string, string> { [SampleStudy.DataVariable] = data };
            ChildRun.Of(codebook, environment, "demo");
            var study = Path.Combine(data, "sample-study.codebook");
            var executables = installed is null ? [("cli", codebook)] : new[] { ("cli", codebook), ("cliInstalled", installed) };
            var runs = new Dictionary<string, List<ChildRun>>();
            for (var round = 0; round <= Rounds; round++)
            {
                Time(runs, round, "cliMinimal", () => ChildRun.Of(minimal, environment));
                foreach (var (prefix, executable) in executables)
                {
                    foreach (var (name, args) in Commands)
                        Time(runs, round, prefix + name, () => ChildRun.Of(executable, environment, ["--project", study, .. args]));
                }
            }
            report.Add("cliLatencyRounds", Rounds);
            var minimalMs = Add(report, "cliMinimal", runs["cliMinimal"]);
            foreach (var (prefix, _) in executables)
            {
                var ratios = Commands.Select(command => Add(report, prefix + command.Name, runs[prefix + command.Name], minimalMs)).ToList();
                report.Add(prefix + "MaxMs", ratios.Max(r => r.Ms));
                report.Add(prefix + "MaxRatio", ratios.Max(r => r.Ms / minimalMs.Ms));
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Keeps the run of every round but the first (the untimed one).</summary>
    private static void Time(Dictionary<string, List<ChildRun>> runs, int round, string key, Func<ChildRun> run)
    {
        var result = run();
        if (round == 0) return;
        if (!runs.TryGetValue(key, out var list)) runs[key] = list = [];
        list.Add(result);
    }

    /// <summary>Reports the medians of <paramref name="runs"/> as <c>KEYMs</c> and <c>KEYCpuMs</c>, and, against
    /// <paramref name="minimal"/>'s, <c>KEYRatio</c> and <c>KEYCpuRatio</c>.</summary>
    private static (double Ms, double? CpuMs) Add(Report report, string key, List<ChildRun> runs, (double Ms, double? CpuMs)? minimal = null)
    {
        var ms = Timing.Percentile(runs.Select(r => r.Ms).ToList(), 50);
        double? cpu = runs.All(r => r.CpuMs is not null) ? Timing.Percentile(runs.Select(r => r.CpuMs!.Value).ToList(), 50) : null;
        report.Add(key + "Ms", ms);
        if (cpu is not null) report.Add(key + "CpuMs", cpu.Value);
        if (minimal is { } baseline)
        {
            report.Add(key + "Ratio", ms / baseline.Ms);
            if (cpu is not null && baseline.CpuMs is > 0) report.Add(key + "CpuRatio", cpu.Value / baseline.CpuMs.Value);
        }
        return (ms, cpu);
    }
}
