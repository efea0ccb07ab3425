using Codebook.Core.Errors;
using Codebook.Search.Tests.Support;

namespace Codebook.Search.Tests.Queries;

[TestClass]
public sealed class QueryErrorTests
{
    private static IndexFixture study = null!;

    [ClassInitialize]
    public static void Open(TestContext _) => study = new IndexFixture();

    [ClassCleanup]
    public static void Close() => study.Dispose();

    [TestMethod]
    [DataRow("ecole )", "query, column 7")]
    [DataRow("ecole AND", "query, column 10")]
    [DataRow("theme:", "query, column 7")]
    [DataRow("ecole \"tableau de", "query, column 7")]
    [DataRow("theme:resistance AND \\", "query, column 22")]
    public void A_syntax_error_says_where(string query, string where)
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => study.Index.Search(query, 10));

        Assert.AreEqual(ErrorCode.Usage, error.Code);
        Assert.AreEqual(where, error.Where, error.Describe());
        Assert.IsNotNull(error.Hint);
    }

    [TestMethod]
    public void An_empty_query_is_a_usage_error() =>
        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => study.Index.Search("  ", 10)).Code);
}
