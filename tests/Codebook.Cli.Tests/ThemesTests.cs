using Codebook.Testing;

namespace Codebook.Cli.Tests;

[TestClass]
public sealed class ThemesTests
{
    private static string StudyCodebook => Directory.GetFiles(Path.Combine(Repository.Root, "themes"), "*.md").Single();

    [TestMethod]
    public void AnExportedCodebookImportsIntoANewProjectAsTheSameTree()
    {
        using var temp = new TempFolder();
        var first = temp.PathOf("first.codebook");
        var second = temp.PathOf("second.codebook");
        CliRun.Of("init", first);
        CliRun.Of("init", second);
        Assert.AreEqual(0, CliRun.Of("--project", first, "themes", "import", StudyCodebook).ExitCode);

        var export = CliRun.Of("--project", first, "themes", "export", "--format", "md");
        Assert.AreEqual(0, export.ExitCode, export.ToString());
        var exported = temp.Write("out.md", export.Out);
        var import = CliRun.Of("--project", second, "themes", "import", exported);

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        var original = CanonicalJson.Of(CliRun.Of("--project", first, "themes", "--json").Out);
        var copy = CanonicalJson.Of(CliRun.Of("--project", second, "themes", "--json").Out);
        Assert.AreEqual(original, copy, "ids, tree, labels, colours, keys, definitions, rules and hints all survive");
        Assert.IsGreaterThanOrEqualTo(20, CliRun.Of("--project", second, "themes", "--json").Json().GetArrayLength());
    }

    [TestMethod]
    public void TheTreeShowsNestingKeysAndCounts()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        CliRun.Of("--project", temp.Project, "themes", "import", StudyCodebook);

        var tree = CliRun.Of("--project", temp.Project, "themes");

        Assert.AreEqual(0, tree.ExitCode, tree.ToString());
        var lines = tree.Out.Split('\n');
        Assert.IsTrue(lines.Any(l => l.StartsWith("  ") && l.Contains('#')), "sub-themes are indented");
        Assert.IsTrue(lines.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\[\w\]")), "shortcut keys are shown");
        StringAssert.Contains(tree.Out, "themes, 0 codings.");
    }

    [TestMethod]
    public void ACodebookWithAMistakeIsRejectedWithFileLineAndColumnAndChangesNothing()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var broken = temp.Write("broken.md", "# Codebook\n\n## Resistance {#resistance color=#12345}\n\nDefinition: Acts against the rules.\n");

        var run = CliRun.Of("--project", temp.Project, "themes", "import", broken);

        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Matches(run.Error, new System.Text.RegularExpressions.Regex(@"broken\.md:3:\d+"));
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "themes", "--json").Json().GetArrayLength());
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "log", "--json").Json().GetArrayLength());
    }
}
