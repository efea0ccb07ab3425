using System.Diagnostics;
using System.Security.Cryptography;
using Codebook.Testing;

namespace Codebook.Fuzz;

/// <summary>Feeds each parser its share of the inputs, counts what came of them, and saves every input that crashed
/// or hung (one file per distinct finding) under the findings folder, named for the parser, to make a regression
/// test of.</summary>
public sealed class FuzzRunner(FuzzArguments arguments, TextWriter progress)
{
    /// <summary>After this many hangs a parser's left-behind threads would skew the rest of the run: it stops there.</summary>
    private const int HangsBeforeGivingUp = 3;

    public IReadOnlyList<TargetFigures> Run(IReadOnlyList<FuzzTarget> targets)
    {
        Directory.CreateDirectory(arguments.Findings);
        var figures = targets.Select(t => new TargetFigures(t.Name)).ToList();
        long share = Math.Max(1, arguments.Inputs / targets.Count);
        for (int t = 0; t < targets.Count; t++)
        {
            WarnAboutRefusedSeeds(targets[t]);
            var started = Stopwatch.StartNew();
            var clock = Stopwatch.StartNew();
            for (long i = arguments.From; i < arguments.From + share && figures[t].Count(FuzzOutcome.Hang) < HangsBeforeGivingUp; i++)
            {
                Try(targets[t], figures[t], i);
                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                {
                    progress.WriteLine($"{targets[t].Name}: {i + 1 - arguments.From} of {share}");
                    clock.Restart();
                }
            }
            figures[t].Elapsed = started.Elapsed;
            // The figures so far, in case a later parser ends the process (a stack overflow cannot be caught).
            progress.WriteLine($"{targets[t].Name}: done, " + string.Join(", ", figures[t].Outcomes.Select(o => $"{o.Value} {o.Key.ToString().ToLowerInvariant()}")) +
                $" of {figures[t].Tried} in {figures[t].Elapsed.TotalSeconds:F0} s");
        }
        File.Delete(Path.Combine(arguments.Findings, "in-flight.txt"));
        return figures;
    }

    /// <summary>A seed the parser refuses unchanged only teaches it the refusal: worth knowing when reading figures.</summary>
    private void WarnAboutRefusedSeeds(FuzzTarget target)
    {
        foreach (var seed in target.Seeds)
        {
            var (outcome, error) = FuzzTrial.Run(target, target.Prepare(seed), FuzzTrial.HangGuard);
            if (outcome != FuzzOutcome.Read) progress.WriteLine($"{target.Name}: a seed is not read as it is ({outcome}): {error?.Message}");
        }
    }

    private void Try(FuzzTarget target, TargetFigures figures, long index)
    {
        MarkInFlight(target, index);
        var file = target.Prepare(Mutator.Make(target.Seeds, arguments.Seed, index));
        var (outcome, error) = FuzzTrial.Run(target, file, FuzzTrial.HangGuard);
        figures.Tried++;
        figures.Outcomes[outcome]++;
        if (outcome is FuzzOutcome.Crash or FuzzOutcome.Hang or FuzzOutcome.Unclear)
        {
            var signature = Signature(outcome, error);
            if (!figures.Findings.ContainsKey(signature)) figures.Findings[signature] = Save(target, signature, index, file, error);
        }
    }

    /// <summary>A stack overflow ends the process, uncatchable: the input that did it is named here beforehand.</summary>
    private void MarkInFlight(FuzzTarget target, long index)
    {
        File.WriteAllText(Path.Combine(arguments.Findings, "in-flight.txt"),
            $"If the runner died, this input killed it; make it again with:\n--target {target.Name} --seed {arguments.Seed} --from {index} --inputs 1\n");
    }

    /// <summary>The exception's type and the first frame that threw it, so one bug hit many ways is one finding.</summary>
    private static string Signature(FuzzOutcome outcome, Exception? error)
    {
        if (error is null) return outcome.ToString().ToLowerInvariant();
        var frame = new StackTrace(error).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Codebook", StringComparison.Ordinal) == true)
            ?? new StackTrace(error).GetFrame(0);
        var method = frame?.GetMethod();
        return $"{outcome.ToString().ToLowerInvariant()} {error.GetType().Name} at {method?.DeclaringType?.Name}.{method?.Name}";
    }

    private string Save(FuzzTarget target, string signature, long index, byte[] file, Exception? error)
    {
        var folder = Path.Combine(arguments.Findings, target.Name);
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexStringLower(SHA256.HashData(file))[..12];
        var path = Path.Combine(folder, name + target.Extension);
        File.WriteAllBytes(path, file);
        File.WriteAllText(path + ".txt", $"{signature}\nseed {arguments.Seed}, input {index}\n\n{error}\n");
        progress.WriteLine($"{target.Name}: {signature} -> {path}");
        return Path.GetRelativePath(Repository.Root, path);
    }
}
