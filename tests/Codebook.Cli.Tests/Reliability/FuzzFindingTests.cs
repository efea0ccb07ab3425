using Codebook.Fuzz;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>Crashes the fuzz runner found, made again from the run's seed and input number; each is now refused with
/// our error. A changed mutator would make other inputs from these numbers: cut-down versions that do not depend on
/// it are in Codebook.Formats.Tests and Codebook.Search.Tests.</summary>
[TestClass]
public sealed class FuzzFindingTests
{
    [TestMethod]
    [DataRow("codings", 1, 140)]
    [DataRow("front-matter", 1, 2197)]
    [DataRow("query", 1, 230)]
    [DataRow("query", 1, 1386)]
    [DataRow("qdpx-xml", 1, 6603)]
    public void AFoundCrashIsNowRefusedClearly(string parser, int seed, long index)
    {
        var target = FuzzSeeds.Targets[parser];
        var file = target.Prepare(Mutator.Make(target.Seeds, seed, index));

        var (outcome, error) = FuzzTrial.Run(target, file, FuzzTrial.HangGuard);

        Assert.AreEqual(FuzzOutcome.Refused, outcome, error?.ToString());
    }
}
