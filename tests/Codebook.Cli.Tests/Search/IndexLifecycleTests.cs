using Codebook.Testing;

namespace Codebook.Cli.Tests.Search;

/// <summary>The index beside the project file: kept in step by every change, rebuilt (with a note) when missing,
/// damaged or stale, and checked by 'codebook index check'.</summary>
[TestClass]
public sealed class IndexLifecycleTests
{
    private static readonly string[] Queries =
        ["ecole", "theme:resistance", "cifras AND theme:quantification AND role:participant AND territory:croissant", "anonym*"];

    private TempFolder _study = null!;

    [TestInitialize]
    public void CopyStudy() => _study = SearchStudy.Copy();

    [TestCleanup]
    public void DeleteCopy() => _study.Dispose();

    private string IndexFolder => _study.Project + ".index";

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _study.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    /// <summary>Every passage each query finds, with its offsets and marks, sorted: scores are left out, since Lucene's
    /// statistics count deleted passages until segments merge, so a fresh index scores (and ties) differently.</summary>
    private string[] Results() => Queries.Select(q => string.Join('\n', Ok("search", q, "--limit", "1000", "--json").Json()
        .GetProperty("hits").EnumerateArray()
        .Select(h => $"{h.GetProperty("transcript")} {h.GetProperty("start")}:{h.GetProperty("end")} l.{h.GetProperty("line")} {h.GetProperty("matches")}")
        .Order(StringComparer.Ordinal))).ToArray();

    private string ThemeSearch(string theme) => Ok("search", $"theme:{theme}").Out;

    [TestMethod]
    public void ADeletedIndexIsRebuiltByTheNextSearchWithTheSameResultsAndANote()
    {
        var before = Results();
        Directory.Delete(IndexFolder, recursive: true);

        var first = Ok("search", "ecole");

        Assert.AreEqual("note: the search index was missing; rebuilt it (20 transcripts, 821 passages)\n", first.Error);
        CollectionAssert.AreEqual(before, Results());
    }

    [TestMethod]
    public void AnImportOfSeveralFilesLeavesTheIndexInStepWithEachFileFound()
    {
        var folder = Path.Combine(Path.GetDirectoryName(_study.Project)!, "new-interviews");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "fr97-lea.txt"),
            "---\nid: fr97-lea\nlanguage: fr\ninterviewer: ENQ\ncase: lea\n---\nENQ : Et la péniche ?\n\nLÉA : La péniche, on y dort.\n");
        File.WriteAllText(Path.Combine(folder, "es97-ines.txt"),
            "---\nid: es97-ines\nlanguage: es\ninterviewer: ENTREVISTADORA\ncase: ines\n---\nENTREVISTADORA: ¿Y la barcaza?\n\nINÉS: En la barcaza dormimos.\n");

        Ok("import", folder);
        var check = Run("index", "check");
        var search = Ok("search", "peniche OR barcaza", "--json");

        Assert.AreEqual(0, check.ExitCode, check.ToString());
        Assert.AreEqual("", search.Error, "no rebuild: the import's one update brought the index up to its last change");
        CollectionAssert.AreEquivalent(new[] { "es97-ines", "es97-ines", "fr97-lea", "fr97-lea" },
            search.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("transcript").GetString()).ToArray());
    }

    [TestMethod]
    public void ATruncatedIndexFileIsFoundDamagedAndRebuiltWithTheSameResults()
    {
        var before = Results();
        var largest = new DirectoryInfo(IndexFolder).GetFiles().OrderByDescending(f => f.Length).First();
        using (var file = largest.Open(FileMode.Open)) file.SetLength(file.Length / 2);

        var check = Run("index", "check");
        var first = Ok("search", "ecole");

        Assert.AreEqual(1, check.ExitCode, check.ToString());
        StringAssert.StartsWith(check.Out, "damaged: ");
        StringAssert.StartsWith(first.Error, "note: the search index was damaged; rebuilt it (20 transcripts");
        CollectionAssert.AreEqual(before, Results());
        Assert.AreEqual(0, Run("index", "check").ExitCode);
    }

    [TestMethod]
    public void AChangeMadeBehindTheIndexIsFoundStaleAndRebuilt()
    {
        var coding = Ok("codings", "--json").Json().EnumerateArray().First(c => c.GetProperty("theme").GetString() == "anonymising-cvs");
        StudyStore.UncodeBehindTheIndex(_study.Project, coding.GetProperty("id").GetString()!);

        var check = Run("index", "check");
        var search = Ok("search", "theme:anonymising-cvs");

        Assert.AreEqual(1, check.ExitCode);
        StringAssert.StartsWith(check.Out, "stale: ");
        StringAssert.StartsWith(search.Error, "note: the search index was stale; rebuilt it");
        Assert.AreEqual("0 passages found.\n", search.Out);
    }

    [TestMethod]
    public void CodeUncodeUndoAndRedoAreSeenByTheNextSearchWithoutARebuild()
    {
        Assert.DoesNotContain("fr01-nadia", ThemeSearch("loss-of-meaning"));

        var coded = Ok("code", "fr01-nadia", "--theme", "turnover-absenteeism", "--match", "Fatou fait pareil", "--json");
        StringAssert.Contains(ThemeSearch("loss-of-meaning"), "fr01-nadia l.89 (nadia) NADIA: Certains, oui.");

        Ok("uncode", coded.Json()[0].GetProperty("id").GetString()!);
        Assert.DoesNotContain("fr01-nadia", ThemeSearch("loss-of-meaning"));

        Ok("undo");
        StringAssert.Contains(ThemeSearch("loss-of-meaning"), "fr01-nadia l.89");

        Ok("undo");
        Assert.DoesNotContain("fr01-nadia", ThemeSearch("loss-of-meaning"));

        Ok("redo");
        var last = Run("search", "theme:loss-of-meaning");
        StringAssert.Contains(last.Out, "fr01-nadia l.89");
        Assert.AreEqual("", last.Error, "no rebuild was needed");
        Assert.AreEqual(0, Run("index", "check").ExitCode);
    }

    /// <summary>Passages of a query as "start:end".</summary>
    private string[] Passages(string query) => Ok("search", query, "--limit", "1000", "--json").Json()
        .GetProperty("hits").EnumerateArray().Select(h => $"{h.GetProperty("start")}:{h.GetProperty("end")}").ToArray();

    [TestMethod]
    public void ACodingGivesItsThemeToExactlyThePassagesItOverlapsAndItsUndoTakesItBack()
    {
        const string Coded = "theme:turnover-absenteeism AND transcript:fr01-nadia";
        var before = Passages(Coded);
        var all = Passages("transcript:fr01-nadia").Select(p => p.Split(':').Select(int.Parse).ToArray()).ToList();

        var coding = Ok("code", "fr01-nadia", "--theme", "turnover-absenteeism", "--match", "Fatou fait pareil", "--json").Json()[0];
        int start = coding.GetProperty("start").GetInt32(), end = coding.GetProperty("end").GetInt32();
        var overlapped = all.Where(p => p[0] < end && start < p[1]).Select(p => $"{p[0]}:{p[1]}").ToArray();

        Assert.IsNotEmpty(overlapped);
        Assert.IsEmpty(overlapped.Intersect(before), "the passages had no such coding before");
        CollectionAssert.AreEquivalent(before.Union(overlapped).ToArray(), Passages(Coded));

        Ok("undo");
        var undone = Run("search", Coded, "--limit", "1000", "--json");
        CollectionAssert.AreEquivalent(before, Passages(Coded));
        Assert.AreEqual("", undone.Error, "the undo was followed without a rebuild");
    }

    [TestMethod]
    public void RebuildSaysHowMuchItIndexedAndCheckSaysOk()
    {
        var rebuild = Ok("index", "rebuild");
        var check = Ok("index", "check");

        Assert.AreEqual("Rebuilt the search index: 20 transcripts, 821 passages.\n", rebuild.Out);
        StringAssert.StartsWith(check.Out, "ok: 821 passages, up to change #");
    }

    [TestMethod]
    public void CheckSaysMissingWhenThereIsNoIndex()
    {
        Directory.Delete(IndexFolder, recursive: true);

        var check = Run("index", "check");

        Assert.AreEqual(1, check.ExitCode);
        StringAssert.StartsWith(check.Out, "missing: ");
        Assert.IsFalse(Directory.Exists(IndexFolder), "check only reads");
    }
}
