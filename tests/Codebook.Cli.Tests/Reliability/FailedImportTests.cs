using Codebook.Fuzz;
using Codebook.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>Mutated files brought in through the real commands: an import that fails leaves the project exactly as it
/// was (log, transcripts, themes, codings, memos), and says why with our error.</summary>
[TestClass]
public sealed class FailedImportTests
{
    [TestMethod]
    [DataRow("txt", "import")]
    [DataRow("docx", "import")]
    [DataRow("docx-xml", "import")]
    [DataRow("vtt", "import")]
    [DataRow("front-matter", "import")]
    [DataRow("codebook", "themes import")]
    [DataRow("qdc", "themes import")]
    [DataRow("codings", "codings import")]
    [DataRow("qdpx-xml", "import-qdpx")]
    public void AFailedImportChangesNothing(string parser, string command)
    {
        var target = FuzzSeeds.Targets[parser];
        var files = ArbMap.Default.ArbFor<int>().Generator.Select(seed => target.Prepare(Mutator.Make(target.Seeds, new Random(seed)))).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(8), Prop.ForAll(files, bytes =>
        {
            using var temp = new TempFolder();
            Seed(temp, command);
            var file = temp.Write("in/bad" + target.Extension, bytes);
            var before = VisibleState.Of(temp.Project);

            var run = CliRun.Of(["--project", temp.Project, "--coder", "ana", .. command.Split(' '), file]);

            if (run.ExitCode == 0) return;
            Assert.AreEqual(before, VisibleState.Of(temp.Project), run.ToString());
            StringAssert.Contains(run.Out + run.Error, "bad" + target.Extension, run.ToString());
        }));
    }

    /// <summary>A project with something in it to lose; empty for a whole-project import, which needs an empty one.</summary>
    private static void Seed(TempFolder temp, string command)
    {
        CliRun.Of("init", temp.Project);
        if (command == "import-qdpx") return;
        var nadia = Path.Combine(Repository.Interviews, "fr01-nadia.txt");
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "import", nadia).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "themes", "import", Repository.StudyCodebook).ExitCode);
    }
}
