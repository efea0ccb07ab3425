using System.Text.Json;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Search;

/// <summary>Phrases through the command line on the sample study: only passages holding the words in order, stop words
/// included, and the whole phrase marked in each hit.</summary>
[TestClass]
public sealed class PhraseSearchTests
{
    private TempFolder _study = null!;

    [TestInitialize]
    public void CopyStudy() => _study = SearchStudy.Copy();

    [TestCleanup]
    public void DeleteCopy() => _study.Dispose();

    private CliRun Ok(params string[] args)
    {
        var run = CliRun.Of(["--project", _study.Project, .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private List<JsonElement> Hits(string query) =>
        Ok("search", query, "--limit", "1000", "--json").Json().GetProperty("hits").EnumerateArray().ToList();

    private static IEnumerable<string> Marked(JsonElement hit)
    {
        var context = hit.GetProperty("context");
        var text = context.GetProperty("text").GetString()!;
        return context.GetProperty("marks").EnumerateArray().Select(m => text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
    }

    [TestMethod]
    public void EnFaitFindsOnlyPassagesHoldingEnFaitAndMarksBothWords()
    {
        var hits = Hits("\"en fait\"");

        // A concordancer finds "en fait" in 13 turns of the sample study (one of them split in two passages would show
        // here); "Et qu'est-ce que vous avez fait ?" and "alors qu'en fait" (an elided form, one word) are not among them.
        Assert.HasCount(13, hits);
        foreach (var hit in hits)
        {
            var marks = Marked(hit).ToList();
            Assert.IsNotEmpty(marks, hit.ToString());
            Assert.IsTrue(marks.All(m => m.Equals("en fait", StringComparison.OrdinalIgnoreCase)), string.Join(" | ", marks));
        }

        var lines = Ok("search", "\"en fait\"", "--limit", "1000").Out;
        StringAssert.Contains(lines, "[en fait]");
        Assert.DoesNotContain("vous avez [fait]", lines);
    }

    [TestMethod]
    public void ParceQueIsNotParcAndQuIlIsNotEveryIl()
    {
        Assert.IsTrue(Hits("\"parce que\"").SelectMany(Marked).All(m => m.Equals("parce que", StringComparison.OrdinalIgnoreCase)));
        var quIl = Hits("qu'il").SelectMany(Marked).Select(m => m.ToLowerInvariant().Replace('’', '\'')).Distinct().Order().ToList();
        CollectionAssert.AreEqual(new[] { "qu'il", "qu'ils" }, quIl);
    }

    [TestMethod]
    public void AnExactWordSkipsStemming()
    {
        var stemmed = Hits("fait").SelectMany(Marked).Select(m => m.ToLowerInvariant()).Distinct().ToList();
        var exact = Hits("=fait").SelectMany(Marked).Select(m => m.ToLowerInvariant()).Distinct().ToList();

        CollectionAssert.Contains(stemmed, "faire");
        CollectionAssert.AreEqual(new[] { "fait" }, exact);
    }
}
