namespace Codebook.CrashHarness;

/// <summary>One kill and what reopening the project found.</summary>
/// <param name="Landed">Whether the process was still running when killed (a kill after its end does not count).</param>
/// <param name="Acknowledged">Changes of the operation acknowledged before the kill.</param>
/// <param name="Applied">Changes of the operation found in the log after it.</param>
/// <param name="IndexFound">What <c>index check</c> said on reopening: ok, stale, damaged or missing.</param>
/// <param name="Problems">Each broken promise, as "kind: what" (kinds: lost, damaged, half-applied, index, undo, run).</param>
public sealed record KillResult(string Operation, bool Landed, TimeSpan Delay, int Acknowledged, int Applied, string? IndexFound,
    IReadOnlyList<string> Problems)
{
    public bool Repaired => IndexFound is not null and not "ok" && !Problems.Any(p => p.StartsWith("index", StringComparison.Ordinal));

    public int Lost => Problems.Any(p => p.StartsWith("lost", StringComparison.Ordinal)) ? Acknowledged - Applied : 0;

    public bool Damaged => Problems.Any(p => p.StartsWith("damaged", StringComparison.Ordinal));
}
