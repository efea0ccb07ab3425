namespace Codebook.CrashHarness;

/// <summary>How one run of <c>codebook</c> ended: its exit code (null when it was killed) and what it printed.</summary>
public sealed record CliOutcome(int? ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    public string Describe(IEnumerable<string> args) =>
        $"codebook {string.Join(' ', args)} → {ExitCode?.ToString() ?? "killed"}: {Error.Trim()}";
}
