using System.Security.Cryptography;
using Codebook.Fuzz;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>Crashes the fuzz runner found, made again from the run's seed and input number (the runner's findings are
/// named by the first hex digits of the input's SHA-256, checked here, so a changed mutator cannot make these tests
/// pass on other inputs). Each is now refused with our error. Cut-down versions are in Codebook.Formats.Tests.</summary>
[TestClass]
public sealed class FuzzFindingTests
{
    private static FuzzTargets targets = null!;

    [ClassInitialize]
    public static void MakeSeeds(TestContext _) => targets = new FuzzTargets();

    [ClassCleanup]
    public static void DropIndex() => targets.Dispose();

    [TestMethod]
    [DataRow("codings", 1, 140, "a5ab5c06da38")]
    [DataRow("front-matter", 1, 2197, "602e3db517c0")]
    [DataRow("query", 1, 230, "e4b2c9e216bf")]
    [DataRow("query", 1, 1386, "f742df92e980")]
    [DataRow("qdpx-xml", 1, 6603, "af02d4c97e1e")]
    public void A_found_crash_is_now_refused_clearly(string parser, int seed, long index, string name)
    {
        var target = targets[parser];
        var file = target.Prepare(Mutator.Make(target.Seeds, seed, index));
        Assert.AreEqual(name, Convert.ToHexStringLower(SHA256.HashData(file))[..12], "the mutator changed: find the input again with the runner");

        var (outcome, error) = FuzzTrial.Run(target, file, FuzzTrial.HangGuard);

        Assert.AreEqual(FuzzOutcome.Refused, outcome, error?.ToString());
    }
}
