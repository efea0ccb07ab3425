namespace Codebook.CrashHarness;

/// <summary>Kills <c>codebook</c> until the number of kills asked for have landed, the operations in turn, and
/// gathers what each reopening found. Works in a temporary folder, removed at the end unless a kill found a problem.</summary>
public static class KillCampaign
{
    public static CrashReport Run(int kills, int seed, TextWriter progress, IReadOnlyList<Operation>? operations = null)
    {
        operations ??= Operation.All();
        var random = new Random(seed);
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
        var failed = false;
        // A kill can land after the run ended by itself; give up well after that could explain the shortfall.
        for (var attempt = 0; results.Count(r => r.Landed) < kills && attempt < kills * 4; attempt++)
        {
            var operation = operations[results.Count(r => r.Landed) % operations.Count];
            var folder = Path.Combine(work, $"kill-{attempt:D4}");
            var result = KillRound.Run(operation, references[operation], study, folder, random);
            results.Add(result);
            if (result.Problems.Count > 0) failed = true;
            else Directory.Delete(folder, recursive: true);
            progress.WriteLine($"{results.Count(r => r.Landed),4} {operation.Name,-14} {(result.Landed ? "killed" : "ended ")} after {result.Delay.TotalMilliseconds,6:F0} ms: " +
                $"{result.Acknowledged} acked, {result.Applied} in log, index {result.IndexFound ?? "-"}{(result.Problems.Count > 0 ? "; " + string.Join("; ", result.Problems) : "")}");
        }
        if (!failed) Directory.Delete(work, recursive: true);
        return new CrashReport(seed, results, failed ? work : null);
    }
}
