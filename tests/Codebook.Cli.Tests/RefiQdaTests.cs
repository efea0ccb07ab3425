using System.IO.Compression;
using System.Xml.Linq;
using System.Xml.Schema;
using Codebook.Cli.Demo;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>REFI-QDA exchange from the command line: the sample study out to other tools and back, and real ATLAS.ti exports in.</summary>
[TestClass]
public sealed class RefiQdaTests
{
    [TestMethod]
    public void TheSampleStudyExportsValidAndImportsIntoANewProjectWithTheSameCodings()
    {
        using var temp = new TempFolder();
        SampleStudy.Build(temp.Project, new Coder("ana"), SystemClock.Instance);
        var qdpx = temp.PathOf("study.qdpx");

        var export = CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", qdpx);

        Assert.AreEqual(0, export.ExitCode, export.ToString());
        StringAssert.Contains(export.Out, "17 transcripts");
        var errors = SchemaErrors(ProjectQde(qdpx), "Project-mrt2019.xsd");
        CollectionAssert.AreEqual(Array.Empty<string>(), errors, string.Join("\n", errors.Take(10)));

        var copy = temp.PathOf("copy.codebook");
        CliRun.Of("init", copy);
        var import = CliRun.Of("--project", copy, "import-qdpx", qdpx);

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Out, "17 transcripts, 17 cases, 24 themes");
        Assert.DoesNotContain("not imported", import.Out);
        var original = Codings(temp.Project);
        Assert.IsGreaterThan(400, original.Count);
        CollectionAssert.AreEqual(original, Codings(copy));
    }

    [TestMethod]
    public void TwoExportsOfAnUnchangedProjectAreTheSameBytes()
    {
        using var temp = new TempFolder();
        Seed(temp);

        CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", temp.PathOf("a.qdpx"));
        CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", temp.PathOf("b.qdpx"));
        var qdc = CliRun.Of("--project", temp.Project, "export", "qdc", "--output", temp.PathOf("c.qdc"));

        CollectionAssert.AreEqual(File.ReadAllBytes(temp.PathOf("a.qdpx")), File.ReadAllBytes(temp.PathOf("b.qdpx")));
        Assert.AreEqual(0, qdc.ExitCode, qdc.ToString());
        Assert.IsEmpty(SchemaErrors(File.ReadAllBytes(temp.PathOf("c.qdc")), "Codebook-mrt2019.xsd"));
    }

    [TestMethod]
    public void TheAtlasTiSamplesImport()
    {
        using var temp = new TempFolder();
        var blank = temp.PathOf("blank.codebook");
        CliRun.Of("init", blank);
        CliRun.Of("init", temp.Project);

        var empty = CliRun.Of("--project", blank, "import-qdpx", Sample("blank-atlas-project.qdpx"));
        var project = CliRun.Of("--project", temp.Project, "import-qdpx", Sample("target-atlas-project.qdpx"));
        var codebook = CliRun.Of("--project", temp.Project, "themes", "import", Sample("atlasti-23.4.0-valid.qdc"));

        Assert.AreEqual(0, empty.ExitCode, empty.ToString());
        Assert.AreEqual(0, project.ExitCode, project.ToString());
        Assert.AreEqual(0, codebook.ExitCode, codebook.ToString());
        StringAssert.Contains(codebook.Out, "not imported: code set 'code group 1'");
        var themes = CliRun.Of("--project", temp.Project, "themes", "--json").Json().EnumerateArray()
            .Select(t => $"{t.GetProperty("depth").GetInt32()} {t.GetProperty("theme").GetProperty("label").GetString()}").ToList();
        CollectionAssert.AreEqual(new[] { "0 code1", "0 Commits", "1 2022-05-10T02:05:59Z 19e4dce", "1 2022-02-11T10:39:25Z cdbfd92" }, themes);
    }

    [TestMethod]
    public void TheTruncatedAtlasTiCodebookIsRefusedAndChangesNothing()
    {
        using var temp = new TempFolder();
        Seed(temp);
        var before = (CliRun.Of("--project", temp.Project, "log", "--json").Out, CliRun.Of("--project", temp.Project, "themes", "--json").Out);

        var import = CliRun.Of("--project", temp.Project, "themes", "import", Sample("atlasti-23.4.0-truncated-corrupted.qdc"));

        Assert.AreEqual(2, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Error, "atlasti-23.4.0-truncated-corrupted.qdc:17:1: the XML is damaged or cut short");
        Assert.AreEqual(before, (CliRun.Of("--project", temp.Project, "log", "--json").Out, CliRun.Of("--project", temp.Project, "themes", "--json").Out));
    }

    [TestMethod]
    public void AWholeProjectIsOnlyImportedIntoAnEmptyOne()
    {
        using var temp = new TempFolder();
        Seed(temp);
        var before = CliRun.Of("--project", temp.Project, "log", "--json").Out;

        var import = CliRun.Of("--project", temp.Project, "import-qdpx", Sample("target-atlas-project.qdpx"));

        Assert.AreEqual(2, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Error, "a whole project goes only into an empty project");
        StringAssert.Contains(import.Error, "codebook init NEW.codebook");
        Assert.AreEqual(before, CliRun.Of("--project", temp.Project, "log", "--json").Out);
    }

    /// <summary>A project with two of the sample interviews and the study's codebook.</summary>
    private static void Seed(TempFolder temp)
    {
        CliRun.Of("init", temp.Project);
        var interviews = Directory.GetFiles(Repository.Interviews).Order(StringComparer.Ordinal).Take(2).ToArray();
        CliRun.Of(["--project", temp.Project, "import", .. interviews]);
        CliRun.Of("--project", temp.Project, "themes", "import", Repository.StudyCodebook);
    }

    private static string Sample(string name) => Path.Combine(Repository.RefiQda, "samples", name);

    /// <summary>Each coding by its span, its theme's label, coder and text. Theme ids come back when they are words of
    /// their label; the others (2 of the study's 24) come back as their label's slug, in a project that had no codebook.</summary>
    private static List<string> Codings(string project)
    {
        var labels = CliRun.Of("--project", project, "themes", "--json").Json().EnumerateArray()
            .ToDictionary(t => t.GetProperty("theme").GetProperty("id").GetString()!, t => t.GetProperty("theme").GetProperty("label").GetString()!);
        return CliRun.Of("--project", project, "codings", "--json").Json().EnumerateArray()
            .Select(c => string.Join('|', new[] { "transcript", "start", "end", "theme", "coder", "text" }
                .Select(p => p == "theme" ? labels[c.GetProperty(p).GetString()!] : c.GetProperty(p).ToString())))
            .ToList();
    }

    private static byte[] ProjectQde(string qdpx)
    {
        using var zip = ZipFile.OpenRead(qdpx);
        using var entry = zip.GetEntry("project.qde")!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<string> SchemaErrors(byte[] xml, string schema)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(Repository.RefiQda, "schemas", schema));
        var errors = new List<string>();
        XDocument.Load(new MemoryStream(xml), LoadOptions.SetLineInfo).Validate(schemas, (_, e) => errors.Add($"{e.Exception.LineNumber}: {e.Message}"));
        return errors;
    }
}
