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
    public void ASyntaxErrorSaysWhere(string query, string where)
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => study.Index.Search(query, 10));

        Assert.AreEqual(ErrorCode.Usage, error.Code);
        Assert.AreEqual(where, error.Where, error.Describe());
        Assert.IsNotNull(error.Hint);
    }

    [TestMethod]
    public void AnEmptyQueryIsAUsageError() =>
        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => study.Index.Search("  ", 10)).Code);

    /// <summary>Found by fuzzing: Lucene refused these with an ArgumentException.</summary>
    [TestMethod]
    [DataRow("koola/[|e/")]
    [DataRow("/[q-/")]
    public void ABrokenRegularExpressionIsAUsageError(string query)
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => study.Index.Search(query, 10));

        Assert.AreEqual(ErrorCode.Usage, error.Code);
        StringAssert.Contains(error.Message, "cannot read the regular expression");
    }

    /// <summary>Found by fuzzing: Lucene built an automaton from a pattern of 114,000 <c>*</c> for minutes. Wildcard,
    /// prefix, fuzzy and regular-expression terms are all bounded.</summary>
    [TestMethod]
    [DataRow("cas*", '*')]
    [DataRow("cas*", 'a')]
    [DataRow("cas?", 'a')]
    [DataRow("cas~", 'a')]
    [DataRow("/cas.*/", 'a')]
    public void AHugePatternIsRefusedAtOnce(string pattern, char filler)
    {
        var query = pattern.Replace("cas", "cas" + new string(filler, 100_000), StringComparison.Ordinal);
        var search = Task.Run(() => study.Index.Search(query, 10));

        Assert.AreSame(search, Task.WhenAny(search, Task.Delay(TimeSpan.FromSeconds(20))).Result, "the search did not finish");
        var error = Assert.IsInstanceOfType<CodebookException>(search.Exception?.InnerException);
        Assert.AreEqual(ErrorCode.Usage, error.Code);
        StringAssert.Contains(error.Message, "characters long, more than 100");
    }
}
