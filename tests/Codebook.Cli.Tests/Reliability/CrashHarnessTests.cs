using Codebook.CrashHarness;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>A few kills of the real codebook process by the crash harness (docs/RELIABILITY.md), so that CI runs its
/// checks; the 200-kill figures come from running the harness itself. Nothing here depends on timings: a kill lands
/// wherever it lands, and every outcome must pass the same checks.</summary>
[TestClass]
public sealed class CrashHarnessTests
{
    [TestMethod]
    public void KillingEachOperationLosesNoAcknowledgedChangeAndDamagesNoProject()
    {
        using var folder = new TempFolder();
        // Three files of different formats keep the import's reference (a read after each file) short.
        foreach (var name in new[] { "es14-carmen.md", "fr05-sophie.docx", "fr08-youssef.vtt" })
        {
            File.Copy(Path.Combine(Repository.Interviews, name), folder.PathOf(name));
        }
        var operations = Operation.All(folder.Root);

        var report = KillCampaign.Run(operations.Count, seed: 10, TextWriter.Null, operations);

        Assert.AreEqual(0, report.Problems.Count, string.Join("\n", report.Problems));
        Assert.AreEqual(operations.Count, report.Kills, "every operation was killed once");
        CollectionAssert.AreEquivalent(operations.Select(o => o.Name).ToList(), report.ByOperation.Select(f => f.Operation).ToList());
    }

    [TestMethod]
    public void AStateMissingACodingDiffersFromTheExpectedOne()
    {
        var expected = State(["{\"theme\":\"resistance\"}", "{\"theme\":\"malaise\"}"]);
        var found = State(["{\"theme\":\"resistance\"}"]);

        var difference = found.Difference(expected);

        Assert.IsNotNull(difference);
        StringAssert.Contains(difference, "missing {\"theme\":\"malaise\"}");
        Assert.IsNull(expected.Difference(expected));
    }

    private static ProjectState State(IReadOnlyList<string> codings) => new(1, new Dictionary<string, IReadOnlyList<string>>
    {
        ["log"] = ["{\"action\":\"code\"}"],
        ["transcripts"] = [],
        ["themes"] = [],
        ["codings"] = codings,
    });
}
