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
}
