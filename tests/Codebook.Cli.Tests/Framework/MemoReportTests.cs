using static Codebook.Cli.Tests.Framework.FrameworkStudy;

namespace Codebook.Cli.Tests.Framework;

[TestClass]
public sealed class MemoReportTests
{
    [TestMethod]
    public void EveryMemoIsReportedGroupedByTargetWithItsAuthorDateAndPseudonymisedQuote()
    {
        using var temp = Create();
        var coding = Ok(temp, "--json", "codings", "--theme", "resistance").Out.Split('"').SkipWhile(s => s != "id").Skip(2).First();
        Ok(temp, "--coder", "ana", "memo", "add", "--on", "project", "Started coding the Brussels interviews.");
        Ok(temp, "--coder", "luis", "memo", "add", "--on", "transcript:fr01-nadia", "Verhaegen is her team leader.");
        Ok(temp, "--coder", "ana", "memo", "add", "--on", "theme:resistance", "Small acts count.");
        Ok(temp, "--coder", "ana", "memo", "add", "--on", "coding:" + coding, "A notebook of her own.");
        Ok(temp, "--coder", "luis", "framework", "set", "nadia", "resistance", "Keeps a notebook, as Verhaegen does.");
        Ok(temp, "pseudonyms", "add", "Verhaegen", "Dupont");

        Ok(temp, "export", "memos", "--output", temp.PathOf("memos.md"));

        var report = File.ReadAllText(temp.PathOf("memos.md"));
        var headings = report.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        CollectionAssert.AreEqual(new[] { "## Project journal", "## Memos on transcripts", "## Memos on themes", "## Memos on codings", "## Framework summaries" }, headings);
        StringAssert.Contains(report, "### transcript fr01-nadia — luis, ");
        StringAssert.Contains(report, "Dupont is her team leader.");
        StringAssert.Contains(report, $"### coding {coding} (resistance) in fr01-nadia — ana, ");
        StringAssert.Contains(report, "> Je garde un cahier, comme Dupont.\n>\n> (NADIA, fr01-nadia, l. 9)\n\nA notebook of her own.");
        StringAssert.Contains(report, "### framework cell nadia × resistance — luis, ");
        Assert.IsFalse(report.Contains("Verhaegen", StringComparison.Ordinal), report);
    }

    [TestMethod]
    public void ByAuthorAndByThemeMakeTheirGroupsAndWordHasTheSameMemos()
    {
        using var temp = Create();
        Ok(temp, "--coder", "ana", "memo", "add", "--on", "project", "Journal entry.");
        Ok(temp, "--coder", "luis", "memo", "add", "--on", "theme:resistance", "Small acts count.");
        Ok(temp, "--coder", "ana", "framework", "set", "lucia", "reporting-pressure", "Registers every act.");

        Ok(temp, "export", "memos", "--by", "author", "--output", temp.PathOf("by-author.md"));
        Ok(temp, "export", "memos", "--by", "theme", "--order", "target", "--output", temp.PathOf("by-theme.docx"));

        var byAuthor = File.ReadAllText(temp.PathOf("by-author.md"));
        CollectionAssert.AreEqual(new[] { "## ana", "## luis" }, byAuthor.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList());
        var word = WordFile.Text(temp.PathOf("by-theme.docx"));
        var order = new[] { "reporting-pressure (reporting-pressure)", "Registers every act.", "resistance (resistance)", "Small acts count.", "No theme", "Journal entry." }
            .Select(text => word.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.IsFalse(order.Contains(-1), word);
        CollectionAssert.AreEqual(order.Order().ToList(), order, word);
    }
}
