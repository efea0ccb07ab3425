using System.Text.Json;
using System.Text.Json.Serialization;

namespace Codebook.CrashHarness;

/// <summary>The kills of a run, by operation, with every problem found.</summary>
public sealed class CrashReport(int seed, IReadOnlyList<KillResult> results, string? keptFolder)
{
    public int Seed { get; } = seed;

    public int Kills => Landed.Count();

    /// <summary>Runs that ended by themselves: timing runs, and kills that came too late (not counted as kills).</summary>
    public int Missed => results.Count(r => !r.Landed && r.Problems.Count == 0);

    public int LostChanges => results.Sum(r => r.Lost);

    public int DamagedProjects => results.Count(r => r.Damaged);

    public int IndexRepairs => results.Count(r => r.Landed && r.Repaired);

    public IReadOnlyList<string> Problems => results.SelectMany(r => r.Problems.Select(p => $"{r.Operation} (killed after {r.Delay.TotalMilliseconds:F0} ms): {p}")).ToList();

    /// <summary>Where the projects of failed kills were kept, for a look.</summary>
    public string? KeptFolder { get; } = keptFolder;

    public IReadOnlyList<OperationFigures> ByOperation => results.Where(r => r.Landed).GroupBy(r => r.Operation).Select(g => new OperationFigures(
        g.Key, g.Count(), g.Count(r => r.Applied > r.Acknowledged), g.Sum(r => r.Acknowledged),
        g.GroupBy(r => r.IndexFound ?? "unread").OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Count()))).ToList();

    public bool Passed => Problems.Count == 0;

    private IEnumerable<KillResult> Landed => results.Where(r => r.Landed);

    public void Write(TextWriter output, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(this, new JsonSerializerOptions
            {
                WriteIndented = true,
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            }));
            return;
        }
        output.WriteLine($"{Kills} kills (seed {Seed}; {Missed} runs ended by themselves, timing runs or kills too late, and are not counted)");
        output.WriteLine($"  {"operation",-14} {"kills",5} {"unacked",8} {"acked",6}  index on reopening");
        foreach (var figures in ByOperation)
        {
            var index = string.Join(", ", figures.IndexFound.Select(c => $"{c.Key} {c.Value}"));
            output.WriteLine($"  {figures.Operation,-14} {figures.Kills,5} {figures.KeptUnacknowledged,8} {figures.AcknowledgedChanges,6}  {index}");
        }
        output.WriteLine($"lost acknowledged changes: {LostChanges}; damaged projects: {DamagedProjects}; index repaired by the next search: {IndexRepairs}");
        foreach (var problem in Problems) output.WriteLine($"  PROBLEM {problem}");
        if (KeptFolder is not null) output.WriteLine($"projects of the failed kills kept in {KeptFolder}");
        output.WriteLine(Passed ? "PASSED" : "FAILED");
    }
}
