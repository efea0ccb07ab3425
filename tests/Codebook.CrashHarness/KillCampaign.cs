namespace Codebook.CrashHarness;

/// <summary>Kills <c>codebook</c> until the number of kills asked for have landed, shared evenly by the operations, and
/// gathers what each reopening found. Works in a temporary folder, removed at the end unless a kill found a problem.
/// Rounds run on <c>workers</c> threads, each on its own copy; round i draws from its own generator (seed, i).</summary>
public static class KillCampaign
{
    public static CrashReport Run(int kills, int seed, TextWriter progress, IReadOnlyList<Operation>? operations = null, int workers = 1)
    {
        operations ??= Operation.All();
        var work = Directory.CreateTempSubdirectory("codebook-kills-").FullName;
        progress.WriteLine($"building the sample study in {work}");
        var study = SampleStudy.Build(Path.Combine(work, "bases"));
        var references = operations.ToDictionary(o => o, o =>
        {
            progress.WriteLine($"measuring {o.Name}");
            var reference = Reference.Measure(o, study, Path.Combine(work, "reference", o.Name.Replace(' ', '-')));
            progress.WriteLine($"  {string.Join(", ", reference.Durations.Select(d => $"{d.TotalMilliseconds:F0} ms"))}");
            return reference;
        });

        var results = new List<KillResult>();
        // Kills landed or under way, by operation: each round takes the operation with fewest, so they share the kills evenly.
        var taken = operations.ToDictionary(o => o, _ => 0);
        var next = -1;
        // A kill can land after the run ended by itself; give up well after that could explain the shortfall.
        Operation? Next()
        {
            lock (results)
            {
                if (results.Count(r => r.Landed) >= kills || next >= kills * 4) return null;
                var operation = operations.MinBy(o => taken[o])!;
                taken[operation]++;
                return operation;
            }
        }
        void Work()
        {
            while (Next() is { } operation)
            {
                var attempt = Interlocked.Increment(ref next);
                var folder = Path.Combine(work, $"kill-{attempt:D4}");
                var result = KillRound.Run(operation, references[operation], study, folder, RoundRandom(seed, attempt));
                if (result.Problems.Count == 0) Directory.Delete(folder, recursive: true);
                lock (results)
                {
                    if (!result.Landed) taken[operation]--;
                    results.Add(result);
                    progress.WriteLine($"{results.Count(r => r.Landed),4} {operation.Name,-14} {(result.Landed ? "killed" : "ended ")} after {result.Delay.TotalMilliseconds,6:F0} ms: " +
                        $"{result.Acknowledged} acked, {result.Applied} in log, index {result.IndexFound ?? "-"}{(result.Problems.Count > 0 ? "; " + string.Join("; ", result.Problems) : "")}");
                }
            }
        }
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(Work)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var failed = results.Any(r => r.Problems.Count > 0);
        if (!failed) Directory.Delete(work, recursive: true);
        return new CrashReport(seed, results, failed ? work : null);
    }

    /// <summary>Random's first draws from neighbouring seeds are nearly in step (kills would fall on a regular grid), so
    /// the round's seed is mixed first (SplitMix64's finaliser).</summary>
    private static Random RoundRandom(int seed, int attempt)
    {
        var mixed = unchecked(((ulong)(uint)seed << 32 | (uint)attempt) + 0x9E3779B97F4A7C15UL);
        mixed = unchecked((mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL);
        mixed = unchecked((mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL);
        return new Random((int)(mixed ^ (mixed >> 31)));
    }
}
