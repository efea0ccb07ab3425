using Codebook.Cli.Commands.Export;
using System.Runtime.Versioning;
using Codebook.Core.Errors;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>A full disk, read-only files and folders, and sources that cannot be read give our error naming the file
/// and what to do, and leave everything as it was. Permissions do not bind root, so those cases are only decided
/// when the tests run as another user; a full disk is simulated where the export writes.</summary>
[TestClass]
public sealed class UnwritableFileTests
{
    [TestMethod]
    public void AnExportOnAFullDiskKeepsTheOldFileAndLeavesNoPartialOne()
    {
        using var temp = new TempFolder();
        var target = temp.Write("quotes.md", "the previous export");

        var error = Assert.ThrowsExactly<CodebookException>(() => ExportCommand.WriteFile(target, stream =>
        {
            stream.Write("half an export"u8);
            throw new IOException("No space left on device");
        }));

        Assert.AreEqual(target, error.Where);
        StringAssert.Contains(error.Message, "cannot write the file: No space left on device");
        Assert.IsNotNull(error.Hint);
        Assert.AreEqual("the previous export", File.ReadAllText(target));
        CollectionAssert.AreEqual(new[] { target }, Directory.GetFiles(temp.Root));
    }

    [TestMethod]
    public void AnExportIntoAMissingFolderIsAClearError()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var target = temp.PathOf("no-such-folder/study.qdpx");

        var export = CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", target);

        Assert.AreEqual(ExitCodes.UsageOrProject, export.ExitCode, export.ToString());
        StringAssert.Contains(export.Error, $"{target}: cannot write the file");
        StringAssert.Contains(export.Error, "check the folder exists and can be written");
    }

    [TestMethod]
    [UnsupportedOSPlatform("windows")]
    public void AnExportIntoAReadOnlyFolderIsAClearError()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var folder = Directory.CreateDirectory(temp.PathOf("locked")).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            RequireNonRoot();
            var export = CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", Path.Combine(folder, "study.qdpx"));

            Assert.AreEqual(ExitCodes.UsageOrProject, export.ExitCode, export.ToString());
            StringAssert.Contains(export.Error, "cannot write the file");
            Assert.AreEqual(0, Directory.GetFiles(folder).Length);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [TestMethod]
    [UnsupportedOSPlatform("windows")]
    public void AReadOnlyProjectFileIsAClearErrorAndStaysAsItWas()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var before = File.ReadAllBytes(temp.Project);
        File.SetUnixFileMode(temp.Project, UnixFileMode.UserRead);
        try
        {
            RequireNonRoot();
            var import = CliRun.Of("--project", temp.Project, "import", Path.Combine(Repository.Interviews, "fr01-nadia.txt"));

            Assert.AreEqual(ExitCodes.UsageOrProject, import.ExitCode, import.ToString());
            StringAssert.Contains(import.Error, $"{temp.Project}: cannot open the project file");
            CollectionAssert.AreEqual(before, File.ReadAllBytes(temp.Project));
        }
        finally
        {
            File.SetUnixFileMode(temp.Project, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>A folder where a file is expected cannot be read as one, by root either.</summary>
    [TestMethod]
    [DataRow("codings import", "entries.yaml")]
    [DataRow("themes import", "codebook.md")]
    [DataRow("themes import", "other.qdc")]
    [DataRow("import-qdpx", "other.qdpx")]
    public void ASourceThatCannotBeReadIsAClearErrorAndChangesNothing(string command, string name)
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var source = Directory.CreateDirectory(temp.PathOf(name)).FullName;
        var before = VisibleState.Of(temp.Project);

        var run = CliRun.Of(["--project", temp.Project, .. command.Split(' '), source]);

        Assert.AreEqual(ExitCodes.UsageOrProject, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{name}: cannot read");
        Assert.AreEqual(before, VisibleState.Of(temp.Project));
    }

    private static void RequireNonRoot()
    {
        if (Environment.IsPrivilegedProcess) Assert.Inconclusive("running as root, which may write read-only files and folders");
    }
}
