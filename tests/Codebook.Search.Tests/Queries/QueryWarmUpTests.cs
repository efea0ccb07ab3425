using Codebook.Search.Queries;
using Codebook.Search.Tests.Support;

namespace Codebook.Search.Tests.Queries;

[TestClass]
public sealed class QueryWarmUpTests
{
    private static IndexFixture study = null!;

    [ClassInitialize]
    public static void Open(TestContext _) => study = new IndexFixture();

    [ClassCleanup]
    public static void Close() => study.Dispose();

    /// <summary>An exception escaping the warm-up's thread would end the whole process (this test run with it).</summary>
    [TestMethod]
    [DataRow("ecole )")]
    [DataRow("  ")]
    [DataRow("/[q-/")]
    [DataRow("theme:")]
    public void AQueryThatDoesNotParseEndsTheWarmUpQuietly(string query) =>
        Assert.IsTrue(QueryWarmUp.Start(query).Join(TimeSpan.FromMinutes(1)));

    [TestMethod]
    [DataRow("chiffres")]
    [DataRow("\"les chiffres\"")]
    [DataRow("theme:resistance AND ecole")]
    public void ASearchBesideItsWarmUpFindsWhatItFindsAlone(string query)
    {
        var alone = study.Index.Search(query, 50);
        var warmUp = QueryWarmUp.Start(query);
        var beside = study.Index.Search(query, 50);
        warmUp.Join();

        Assert.IsNotEmpty(alone);
        CollectionAssert.AreEqual(alone.Select(h => (h.TranscriptId, h.Span)).ToList(),
            beside.Select(h => (h.TranscriptId, h.Span)).ToList());
    }
}
