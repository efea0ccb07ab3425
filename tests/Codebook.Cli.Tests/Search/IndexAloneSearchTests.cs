using Codebook.Cli.Commands.Search;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Search;

/// <summary>A search answers from its index alone only while the project file is as it was when a search confirmed the
/// index current for it (length and last write time, no log beside it). To tell the two paths apart, these tests blank
/// the project file's bytes and put its length and time back: the index alone still answers, while any path that opens
/// the file finds it damaged.</summary>
[TestClass]
public sealed class IndexAloneSearchTests
{
    private TempFolder _study = null!;

    [TestInitialize]
    public void CopyStudy() => _study = SearchStudy.Copy();

    [TestCleanup]
    public void DeleteCopy() => _study.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _study.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private void BlankTheProjectFileKeepingItsStamp()
    {
        var time = File.GetLastWriteTimeUtc(_study.Project);
        File.WriteAllBytes(_study.Project, new byte[new FileInfo(_study.Project).Length]);
        File.SetLastWriteTimeUtc(_study.Project, time);
    }

    [TestMethod]
    public void ASearchOfAProjectUnchangedSinceItsIndexWasConfirmedReadsTheIndexAlone()
    {
        var first = Ok("search", "ecole", "--json");
        Assert.IsTrue(File.Exists(Path.Combine(_study.Project + ".index", IndexAloneSearch.FileName)));
        BlankTheProjectFileKeepingItsStamp();

        var again = Ok("search", "ecole", "--json");

        Assert.AreEqual(first.Out, again.Out);
        Assert.AreEqual("", again.Error);
    }

    [TestMethod]
    public void AProjectFileWrittenSinceTheConfirmationIsOpened()
    {
        Ok("search", "ecole");
        BlankTheProjectFileKeepingItsStamp();
        File.SetLastWriteTimeUtc(_study.Project, File.GetLastWriteTimeUtc(_study.Project).AddSeconds(1));

        var search = Run("search", "ecole");

        Assert.AreNotEqual(0, search.ExitCode, "the blank file was opened, and refused");
    }

    [TestMethod]
    public void ALogBesideTheProjectFileSendsTheSearchToTheProject()
    {
        Ok("search", "ecole");
        BlankTheProjectFileKeepingItsStamp();
        var log = Path.Combine(Path.GetDirectoryName(_study.Project)!,
            Path.GetFileNameWithoutExtension(_study.Project) + "-log" + Path.GetExtension(_study.Project));
        File.WriteAllBytes(log, []);

        Assert.AreNotEqual(0, Run("search", "ecole").ExitCode, "changes LiteDB has not written into the file may be in its log");
    }

    [TestMethod]
    public void AChangeSinceTheConfirmationIsFoundByTheNextSearch()
    {
        var before = Ok("search", "theme:resistance", "--json").Json().GetProperty("total").GetInt32();
        Ok("code", "fr98-claire", "--theme", "resistance", "--turn", "2");

        var after = Ok("search", "theme:resistance", "--json").Json().GetProperty("total").GetInt32();

        Assert.AreEqual(before + 1, after);
        Assert.AreEqual(after, Ok("search", "theme:resistance", "--json").Json().GetProperty("total").GetInt32());
    }

    [TestMethod]
    public void AnIndexDamagedSinceTheConfirmationIsRebuiltByTheProject()
    {
        var first = Ok("search", "ecole", "--json").Json().GetProperty("total").GetInt32();
        foreach (var file in Directory.GetFiles(_study.Project + ".index", "*.cfs")) File.WriteAllBytes(file, File.ReadAllBytes(file)[..100]);

        var again = Ok("search", "ecole", "--json");

        Assert.AreEqual(first, again.Json().GetProperty("total").GetInt32(), "scores differ in a fresh index, not the passages found");
        StringAssert.StartsWith(again.Error, "note: the search index was damaged; rebuilt it");
    }

    [TestMethod]
    public void InBlindModeTheIndexAloneRefusesQueriesOnCodings()
    {
        Ok("search", "ecole");
        BlankTheProjectFileKeepingItsStamp();

        var search = Run("--blind", "search", "theme:resistance");

        Assert.AreNotEqual(0, search.ExitCode);
        StringAssert.Contains(search.Error, "a query in blind mode cannot use the fields theme: or coder:");
    }
}
