using Codebook.Fuzz;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>The fuzz runner's targets (seeds read from the sample study, a small index for queries), made once for
/// the test run by the first class that asks and disposed when the run ends (<see cref="TestRun"/>).</summary>
internal static class FuzzSeeds
{
    private static readonly Lazy<FuzzTargets> targets = new(() => new FuzzTargets());

    public static FuzzTargets Targets => targets.Value;

    public static void Drop()
    {
        if (targets.IsValueCreated) targets.Value.Dispose();
    }
}
