using System.Diagnostics;
using System.Text.Json;
using Codebook.Fuzz;

// Fuzzes every parser of bad input (docs/RELIABILITY.md, "Bad input"); exit 1 when anything crashed or hung.
var arguments = FuzzArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(FuzzArguments.Usage);
    return 2;
}

using var targets = new FuzzTargets();
var unknown = arguments.Targets.Except(targets.All.Select(t => t.Name)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown target {string.Join(", ", unknown)}; the targets are {string.Join(", ", targets.All.Select(t => t.Name))}");
    return 2;
}
var chosen = arguments.Targets.Count == 0 ? targets.All : [.. targets.All.Where(t => arguments.Targets.Contains(t.Name))];

var clock = Stopwatch.StartNew();
var figures = new FuzzRunner(arguments, Console.Error).Run(chosen);
clock.Stop();

if (arguments.Json)
{
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        arguments.Seed,
        Seconds = Math.Round(clock.Elapsed.TotalSeconds),
        Parsers = figures.Select(f => new
        {
            Parser = f.Target,
            f.Tried,
            Seconds = Math.Round(f.Elapsed.TotalSeconds),
            Outcomes = f.Outcomes.ToDictionary(o => o.Key.ToString().ToLowerInvariant(), o => o.Value),
            f.Findings,
        }),
    }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
}
else
{
    Console.WriteLine($"seed {arguments.Seed}, {figures.Sum(f => f.Tried)} inputs in {clock.Elapsed:hh\\:mm\\:ss}");
    Console.WriteLine($"{"parser",-18} {"tried",8} {"read",8} {"refused",8} {"unclear",8} {"crashes",8} {"hangs",6} {"seconds",8}");
    foreach (var f in figures)
    {
        Console.WriteLine($"{f.Target,-18} {f.Tried,8} {f.Count(FuzzOutcome.Read),8} {f.Count(FuzzOutcome.Refused),8} " +
            $"{f.Count(FuzzOutcome.Unclear),8} {f.Count(FuzzOutcome.Crash),8} {f.Count(FuzzOutcome.Hang),6} {f.Elapsed.TotalSeconds,8:F0}");
    }
    foreach (var (signature, file) in figures.SelectMany(f => f.Findings)) Console.WriteLine($"{signature}: {file}");
}
return figures.Any(f => f.Count(FuzzOutcome.Crash) + f.Count(FuzzOutcome.Hang) > 0) ? 1 : 0;
