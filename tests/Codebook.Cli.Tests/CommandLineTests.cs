using Codebook.Testing;

namespace Codebook.Cli.Tests;

[TestClass]
public sealed class CommandLineTests
{
    [TestMethod]
    public void AnUnknownCommandIsAUsageError()
    {
        var run = CliRun.Of("frobnicate");

        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "frobnicate");
        StringAssert.Contains(run.Error, "codebook --help");
    }

    [TestMethod]
    public void AMissingProjectSaysHowToMakeOne()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("--project", temp.Project, "transcripts");

        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "codebook init");
        Assert.IsFalse(File.Exists(temp.Project), "looking for a project must not create one");
    }

    [TestMethod]
    public void OptionsWithoutACommandRunAsPlainCodebookDoes()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        temp.Write("a.txt", "ENQ : Bonjour.\nNADIA : Bonjour, on commence ?\n");
        CliRun.Of("--project", temp.Project, "import", temp.PathOf("a.txt"));

        // Piped, as plain `codebook` is: the project's transcripts (in a terminal it would open the UI on it).
        var run = CliRun.Of("--project", temp.Project, "--coder", "ana", "--json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("a", run.Json()[0].GetProperty("id").GetString());
    }

    [TestMethod]
    public void InitAddsTheExtensionAndRefusesToOverwrite()
    {
        using var temp = new TempFolder();
        var bare = Path.Combine(temp.Root, "study");

        Assert.AreEqual(0, CliRun.Of("init", bare).ExitCode);
        Assert.IsTrue(File.Exists(temp.Project));

        var again = CliRun.Of("init", temp.Project);
        Assert.AreEqual(2, again.ExitCode);
        StringAssert.Contains(again.Error, "already exists");
    }

    [TestMethod]
    public void AnUnknownTranscriptIsNamed()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);

        var run = CliRun.Of("--project", temp.Project, "show", "nobody");

        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "no transcript 'nobody'");
    }

    [TestMethod]
    public void TheLogNamesWhoImportedWhat()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        temp.Write("a.txt", "ENQ : Bonjour.\nNADIA : Bonjour, on commence ?\nENQ : Oui.\nNADIA : Alors voilà.\n");

        CliRun.Of("--project", temp.Project, "--coder", "marta", "import", temp.PathOf("a.txt"));

        var log = CliRun.Of("--project", temp.Project, "log", "--json").Json().EnumerateArray().Single();
        Assert.AreEqual("marta", log.GetProperty("coder").GetString());
        Assert.AreEqual("import", log.GetProperty("action").GetString());
        StringAssert.Contains(log.GetProperty("summary").GetString(), "a.txt");
    }

    [TestMethod]
    public void EveryCommandHelpListsRunsOnItsOwn()
    {
        var help = CliRun.Of("--help");
        var commands = help.Out.Split('\n').SkipWhile(line => !line.StartsWith("Commands:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line.Trim().Split(' ')[0]).ToList();

        Assert.IsGreaterThan(30, commands.Count, help.ToString());
        foreach (var command in commands)
        {
            var run = CliRun.Of("--coder", "ana", command, "--help");
            Assert.AreEqual(0, run.ExitCode, $"{command}: {run}");
            StringAssert.Contains(run.Out, $" {command} ", run.ToString());
        }
    }

    [TestMethod]
    public void AGlobalOptionsValueThatNamesACommandIsNotTheCommand()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        temp.Write("a.txt", "ENQ : Bonjour.\nNADIA : Bonjour, on commence ?\n");

        Assert.AreEqual(0, CliRun.Of("--coder", "log", "-p", temp.Project, "import", temp.PathOf("a.txt")).ExitCode);

        var log = CliRun.Of("--project", temp.Project, "log", "--json").Json().EnumerateArray().Single();
        Assert.AreEqual("log", log.GetProperty("coder").GetString());
        Assert.AreEqual("import", log.GetProperty("action").GetString());
    }
}
