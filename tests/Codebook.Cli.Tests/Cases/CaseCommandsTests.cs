using Codebook.Testing;

namespace Codebook.Cli.Tests.Cases;

/// <summary><c>case set|unset|rename</c> and <c>attribute type</c>: each one change that undo takes back and that
/// search follows at once.</summary>
[TestClass]
public sealed class CaseCommandsTests
{
    private static TempFolder Study()
    {
        var temp = new TempFolder();
        Ok("init", temp.Project);
        temp.Write("a.txt", "---\ncase: nadia\n---\nENQ : Bonjour.\nNADIA : On encode les chiffres le soir.\n");
        temp.Write("b.txt", "---\ncase: karim\n---\nENQ : Bonjour.\nKARIM : Les chiffres, je ne sais pas.\n");
        temp.Write("c.txt", "---\ncase: fatima\n---\nENQ : Bonjour.\nFATIMA : Des chiffres, toujours des chiffres.\n");
        Ok("--project", temp.Project, "import", temp.PathOf("a.txt"), temp.PathOf("b.txt"), temp.PathOf("c.txt"));
        return temp;
    }

    [TestMethod]
    public void RangesOnNumbersCompareNumbersNotWords()
    {
        using var temp = Study();
        Ok("--project", temp.Project, "case", "set", "nadia", "age=41");
        Ok("--project", temp.Project, "case", "set", "karim", "age=9");
        Ok("--project", temp.Project, "case", "set", "fatima", "age=100");

        // As words, "5" to "45" holds nothing ("9" and "100" fall outside); as numbers it holds 9 and 41.
        CollectionAssert.AreEquivalent(new[] { "a", "b" }, Transcripts(temp, "age:[5 TO 45] AND chiffres"));
        CollectionAssert.AreEquivalent(new[] { "a", "c" }, Transcripts(temp, "age:{9 TO *]"));
        CollectionAssert.AreEquivalent(new[] { "a" }, Transcripts(temp, "attr.age:[41 TO 41]"));
        CollectionAssert.AreEquivalent(new[] { "b" }, Transcripts(temp, "age:9"));
    }

    [TestMethod]
    public void SetUnsetAndRenameAreEachOneUndoableChangeThatSearchFollows()
    {
        using var temp = Study();

        var set = Ok("--project", temp.Project, "case", "set", "nadia", "age=41", "hired=2004-09-01");

        StringAssert.Contains(set.Out, "nadia: age = 41\nnadia: hired = 2004-09-01");
        CollectionAssert.AreEqual(new[] { "a" }, Transcripts(temp, "hired:[2004-01-01 TO 2004-12-31]"));
        Ok("--project", temp.Project, "case", "unset", "nadia", "hired");
        Assert.IsEmpty(Transcripts(temp, "hired:[2004-01-01 TO 2004-12-31]"));
        Ok("--project", temp.Project, "case", "rename", "nadia", "Nadia B.");
        StringAssert.Contains(Ok("--project", temp.Project, "cases", "show", "nadia").Out, "nadia  Nadia B.\ntranscripts: a\n  age = 41  (number, from its values)");

        Ok("--project", temp.Project, "undo");
        Assert.AreEqual("nadia", Ok("--project", temp.Project, "cases", "show", "nadia", "--json").Json().GetProperty("name").GetString());
        Ok("--project", temp.Project, "undo");
        CollectionAssert.AreEqual(new[] { "a" }, Transcripts(temp, "hired:[2004-01-01 TO 2004-12-31]"));
        Ok("--project", temp.Project, "undo");
        Assert.IsEmpty(Transcripts(temp, "age:[0 TO 200]"));
    }

    [TestMethod]
    public void ATypeGivenToAnAttributeIsCheckedAndGroupsItsValuesInBins()
    {
        using var temp = Study();
        Ok("--project", temp.Project, "case", "set", "nadia", "seniority=9", "territory=croissant");
        Ok("--project", temp.Project, "case", "set", "karim", "seniority=unknown");

        var refused = CliRun.Of("--project", temp.Project, "attribute", "type", "seniority", "number");

        Assert.AreEqual(2, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "1 value of 'seniority' is not a number (karim: 'unknown')");
        Ok("--project", temp.Project, "case", "set", "karim", "seniority=1,5");
        StringAssert.Contains(Ok("--project", temp.Project, "attribute", "type", "seniority", "number").Out, "seniority is a number");
        var wrong = CliRun.Of("--project", temp.Project, "case", "set", "fatima", "seniority=long");
        Assert.AreEqual(2, wrong.ExitCode, wrong.ToString());
        StringAssert.Contains(wrong.Error, "'long' is not a number, the type of 'seniority'");
        StringAssert.Contains(Ok("--project", temp.Project, "attributes").Out, "seniority            number  set          2 cases, 2 values");

        var matrix = ParsedTable.FromJson(Ok("--project", temp.Project, "matrix", "--by", "attr:seniority", "--bins", "2,10", "--json").Out);
        CollectionAssert.AreEqual(new[] { "theme", "< 2", "2 – < 10", "≥ 10", "(none)", "total" }, matrix.Header.ToList());
        CollectionAssert.AreEqual(new[] { "1", "1", "0", "1", "3" }, matrix.Row("cases in column").ToList());
        var text = CliRun.Of("--project", temp.Project, "matrix", "--by", "attr:territory", "--bins", "2,10");
        StringAssert.Contains(text.Error, "'territory' is a text attribute: its values cannot be put in bins");
        var backwards = CliRun.Of("--project", temp.Project, "matrix", "--by", "attr:seniority", "--bins", "10,2");
        StringAssert.Contains(backwards.Error, "the edges must increase: 2 comes after 10");
    }

    private static List<string> Transcripts(TempFolder temp, string query) =>
        Ok("--project", temp.Project, "search", query, "--limit", "100", "--json").Json().GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("transcript").GetString()!).Distinct().ToList();

    private static CliRun Ok(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }
}
