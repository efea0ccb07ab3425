using System.Reflection;
using System.Runtime.Loader;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Tables;

/// <summary>Every command that prints a table, in a file or pipe: the plain writer's bytes are Spectre.Console's, and
/// where the plain writer takes the table no Spectre.Console console is made.</summary>
[TestClass]
public sealed class PipedTablesTests
{
    private static TempFolder _temp = null!;

    [ClassInitialize]
    public static void CodeTheSampleStudy(TestContext _)
    {
        _temp = new TempFolder();
        Assert.AreEqual(0, CliRun.Of("init", _temp.Project).ExitCode);
        Run(spectre: false, "import", Repository.Interviews);
        Run(spectre: false, "themes", "import", Repository.StudyCodebook);
        foreach (var coder in new[] { "ana", "ben" })
        {
            foreach (var (transcript, theme, turn) in new[] { ("fr01-nadia", "quotas-targets", 4), ("es12-lucia", "resistance", 6), ("fr03-fatima", "closing-doors", 8) })
            {
                Run(spectre: false, "--coder", coder, "code", transcript, "--theme", coder == "ben" && turn == 6 ? "quotas-targets" : theme, "--turn", $"{turn}");
            }
        }
        Run(spectre: false, "backup");
    }

    [ClassCleanup]
    public static void DeleteProject() => _temp.Dispose();

    [TestMethod] public void Transcripts() => Same(plainWriter: true, "transcripts");
    [TestMethod] public void Speakers() => Same(plainWriter: true, "speakers");
    [TestMethod] public void Log() => Same(plainWriter: true, "log");
    [TestMethod] public void Backups() => Same(plainWriter: true, "restore");
    [TestMethod] public void Frequencies() => Same(plainWriter: true, "freq");
    [TestMethod] public void FrequenciesOfAQuery() => Same(plainWriter: true, "freq", "--query", "lang:es");
    [TestMethod] public void MatrixByCase() => Same(plainWriter: true, "matrix", "--by", "case");
    [TestMethod] public void MatrixByRole() => Same(plainWriter: true, "matrix", "--by", "attr:role", "--presence");
    [TestMethod] public void CoOccurrence() => Same(plainWriter: true, "cooccur");
    [TestMethod] public void Agreement() => Same(plainWriter: true, "agree", "--coders", "ana,ben");
    [TestMethod] public void Cases() => Same(plainWriter: true, "cases");
    [TestMethod] public void Saturation() => Same(plainWriter: true, "saturation");

    [TestMethod]
    public void ATableWiderThanTheProfileIsDrawnBySpectre()
    {
        // A speaker's name of 250 characters: Spectre.Console wraps it within the 240 columns.
        var name = string.Join(" ", Enumerable.Repeat("Nadia-Benali", 20));
        using var temp = new TempFolder();
        Assert.AreEqual(0, CliRun.Of("init", temp.Project).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "import", Path.Combine(Repository.Interviews, "fr01-nadia.txt")).ExitCode);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "speakers", "rename", "nadia", name).ExitCode);

        var plain = Run(temp.Project, spectre: false, "speakers");

        Assert.AreEqual(Run(temp.Project, spectre: true, "speakers").Out, plain.Out);
        Assert.IsTrue(plain.UsedSpectre, "the plain writer took a table wider than the profile");
        Assert.IsTrue(plain.Out.Split('\n').All(line => line.Length <= 240), plain.Out);
    }

    [TestMethod]
    public void AFileGetsThePlainTableToo()
    {
        var plain = _temp.PathOf("freq-plain.txt");
        Run(spectre: false, "freq", "--output", plain);

        Assert.AreEqual(Run(spectre: true, "freq").Out, File.ReadAllText(plain));
    }

    [TestMethod]
    [DataRow("transcripts")]
    [DataRow("freq")]
    [DataRow("codings --theme resistance")]
    [DataRow("search chiffres")]
    public void APipedCommandLoadsNoSpectre(string command) =>
        Assert.IsFalse(LoadsSpectre(command.Split(' ')), "Spectre.Console was loaded");

    [TestMethod]
    public void TheLoadCheckSeesSpectre() =>
        // The title "Themes by attr:role: ..." asks Spectre.Console's emoji list whether "role" is one.
        Assert.IsTrue(LoadsSpectre(["matrix", "--by", "attr:role"]));

    /// <summary>Runs the command line in an assembly load context of its own, writing to a pipe, and says whether it
    /// loaded Spectre.Console (this test process has it loaded already).</summary>
    private static bool LoadsSpectre(string[] args)
    {
        var folder = AppContext.BaseDirectory;
        var isolated = new Isolated(folder);
        try
        {
            var cli = isolated.LoadFromAssemblyPath(Path.Combine(folder, "codebook.dll"));
            var contextType = cli.GetType("Codebook.Cli.CliContext", throwOnError: true)!;
            var output = new StringWriter();
            var context = Activator.CreateInstance(contextType, output, TextWriter.Null, false, false)!;
            var run = cli.GetType("Codebook.Cli.CodebookCommandLine", throwOnError: true)!.GetMethod("Run", [typeof(string[]), contextType])!;
            Assert.AreEqual(0, run.Invoke(null, [(string[])["--project", _temp.Project, .. args], context]), output.ToString());
            Assert.AreNotEqual("", output.ToString());
            return isolated.Assemblies.Any(a => a.GetName().Name == "Spectre.Console");
        }
        finally
        {
            isolated.Unload();
        }
    }

    /// <summary>Loads the application's assemblies from the test's folder, apart from the test's own; the framework's
    /// are shared.</summary>
    private sealed class Isolated(string folder) : AssemblyLoadContext("piped", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private static void Same(bool plainWriter, params string[] args)
    {
        var plain = Run(spectre: false, args);
        var spectre = Run(spectre: true, args);

        Assert.AreEqual(spectre.Out, plain.Out);
        Assert.IsTrue(spectre.UsedSpectre);
        Assert.AreEqual(!plainWriter, plain.UsedSpectre, plainWriter ? "the plain writer declined" : "the plain writer took a table it must decline");
    }

    private static (string Out, bool UsedSpectre) Run(bool spectre, params string[] args) => Run(_temp.Project, spectre, args);

    private static (string Out, bool UsedSpectre) Run(string project, bool spectre, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error) { PlainTables = !spectre };
        var exit = CodebookCommandLine.Run(["--project", project, .. args], context);
        Assert.AreEqual(0, exit, $"{string.Join(" ", args)}\n{output}\n{error}");
        return (output.ToString(), context.UsedSpectre);
    }
}
