using System.IO.Compression;
using System.Xml.Linq;
using Codebook.Cli.Demo;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>One import command for every kind of file, and projects that go out the way they came in: GUIDs, names
/// and descriptions kept through the project file.</summary>
[TestClass]
public sealed class RefiRoundTripTests
{
    private static readonly XNamespace Ns = "urn:QDA-XML:project:1.0";

    [TestMethod]
    public void AProjectImportedFromAQdpxExportsBackTheSameCodesSourcesUsersAndSelections()
    {
        using var temp = new TempFolder();
        SampleStudy.Build(temp.Project, new Coder("ana"), SystemClock.Instance);
        var first = temp.PathOf("first.qdpx");
        CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", first);
        var copy = temp.PathOf("copy.codebook");
        CliRun.Of("init", copy);

        var import = CliRun.Of("--project", copy, "import", first);
        var export = CliRun.Of("--project", copy, "export", "qdpx", "--output", temp.PathOf("second.qdpx"));

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        Assert.AreEqual(0, export.ExitCode, export.ToString());
        var (before, after) = (Qde(first), Qde(temp.PathOf("second.qdpx")));
        foreach (var (name, outline) in Outlines)
        {
            var expected = outline(before);
            Assert.IsGreaterThan(0, expected.Count, name);
            // The copy's own creator is one more user of the copy: every user of the first file is still there, the same.
            if (name == "users") CollectionAssert.IsSubsetOf(expected, outline(after), name);
            else CollectionAssert.AreEquivalent(expected, outline(after), name);
        }
    }

    [TestMethod]
    public void TheAtlasTiProjectsCodesGoBackWithTheirGuidsAndNames()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var sample = Path.Combine(Repository.RefiQda, "samples", "target-atlas-project.qdpx");

        var import = CliRun.Of("--project", temp.Project, "import", sample);
        var export = CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", temp.PathOf("back.qdpx"));

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        Assert.AreEqual(0, export.ExitCode, export.ToString());
        CollectionAssert.AreEqual(Outlines["codes"](Qde(sample)), Outlines["codes"](Qde(temp.PathOf("back.qdpx"))));
    }

    [TestMethod]
    public void ImportTakesAWholeProjectIntoAnEmptyOneAndRefusesANonEmptyOneSayingWhatToDo()
    {
        using var temp = new TempFolder();
        SampleStudy.Build(temp.Project, new Coder("ana"), SystemClock.Instance);
        var qdpx = temp.PathOf("study.qdpx");
        CliRun.Of("--project", temp.Project, "export", "qdpx", "--output", qdpx);
        var empty = temp.PathOf("empty.codebook");
        CliRun.Of("init", empty);
        var log = CliRun.Of("--project", temp.Project, "log", "--json").Out;

        var into = CliRun.Of("--project", empty, "import", qdpx);
        var refused = CliRun.Of("--project", temp.Project, "import", qdpx);

        Assert.AreEqual(0, into.ExitCode, into.ToString());
        StringAssert.Contains(into.Out, "17 transcripts, 17 cases, 24 themes");
        Assert.AreEqual(2, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "a whole project goes only into an empty project, and this one holds 17 transcripts");
        StringAssert.Contains(refused.Error, "codebook init NEW.codebook, then codebook --project NEW.codebook import study.qdpx");
        Assert.AreEqual(log, CliRun.Of("--project", temp.Project, "log", "--json").Out);
    }

    [TestMethod]
    public void AFileGivenToTheWrongCommandIsNamedForWhatItIs()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var qdpx = Path.Combine(Repository.RefiQda, "samples", "target-atlas-project.qdpx");
        var renamed = temp.Write("codebook.md", File.ReadAllBytes(qdpx));

        var themes = CliRun.Of("--project", temp.Project, "themes", "import", qdpx);
        var disguised = CliRun.Of("--project", temp.Project, "themes", "import", renamed);
        var transcript = CliRun.Of("--project", temp.Project, "themes", "import", Directory.GetFiles(Repository.Interviews)[0]);

        foreach (var run in new[] { themes, disguised })
        {
            Assert.AreEqual(2, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, "this is a whole REFI-QDA project (.qdpx), not a codebook");
            StringAssert.Contains(run.Error, "codebook import FILE");
            Assert.DoesNotContain("code page", run.Error);
        }
        StringAssert.Contains(transcript.Error, "this is a transcript, not a codebook");
    }

    [TestMethod]
    public void ImportTakesCodebooksInCsvQdcAndMarkdownAndThemesExportWritesTaguettesColumns()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var taguette = temp.Write("taguette.csv", "tag,description,number of highlights,number of documents\r\nRésistance,Refus,1,1\r\nRésistance/Fermer les portes,Quota atteint,2,2\r\n");

        var csv = CliRun.Of("--project", temp.Project, "import", taguette);
        var qdc = CliRun.Of("--project", temp.Project, "import", Path.Combine(Repository.RefiQda, "samples", "atlasti-23.4.0-valid.qdc"));
        var markdown = CliRun.Of("--project", temp.Project, "import", Repository.StudyCodebook);
        var export = CliRun.Of("--project", temp.Project, "themes", "export", "--format", "csv");

        Assert.AreEqual(0, csv.ExitCode, csv.ToString());
        StringAssert.Contains(csv.Out, "Imported 2 themes");
        Assert.AreEqual(0, qdc.ExitCode, qdc.ToString());
        Assert.AreEqual(0, markdown.ExitCode, markdown.ToString());
        StringAssert.Contains(markdown.Out, "Imported 24 themes"); // "resistance" updated: the study names it otherwise
        var lines = export.Out.Split('\n');
        StringAssert.StartsWith(lines[0], "tag,description,id,parent");
        Assert.IsTrue(lines.Any(l => l.StartsWith("Resistance and room for manoeuvre/Fermer les portes,Quota atteint,fermer-les-portes,resistance,", StringComparison.Ordinal)), export.Out);
        Assert.IsTrue(lines.Any(l => l.StartsWith("Resistance and room for manoeuvre/Anonymising users' CVs,", StringComparison.Ordinal)), export.Out);
    }

    [TestMethod]
    public void ABadCsvCodebookChangesNothing()
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var bad = temp.Write("bad.csv", "tag,description\r\nRésistance,Refus\r\nRésistance,Encore\r\n");

        var import = CliRun.Of("--project", temp.Project, "themes", "import", bad);

        Assert.AreEqual(2, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Error, "bad.csv:3: the theme 'Résistance' is listed twice");
        Assert.AreEqual("[]", CliRun.Of("--project", temp.Project, "themes", "--json").Out.Trim());
    }

    private static readonly Dictionary<string, Func<XDocument, List<string>>> Outlines = new()
    {
        ["codes"] = qde => qde.Descendants(Ns + "Code").Select(c => $"{c.Attribute("guid")!.Value}|{c.Attribute("name")!.Value}|{c.Element(Ns + "Description")?.Value}").ToList(),
        ["sources"] = qde => qde.Descendants(Ns + "TextSource").Select(s => $"{s.Attribute("guid")!.Value}|{s.Attribute("name")!.Value}").ToList(),
        ["users"] = qde => qde.Descendants(Ns + "User").Select(u => $"{u.Attribute("guid")!.Value}|{u.Attribute("name")!.Value}").ToList(),
        ["selections"] = qde => qde.Descendants(Ns + "PlainTextSelection").Select(s =>
            $"{s.Attribute("guid")!.Value}|{s.Attribute("startPosition")!.Value}|{s.Attribute("endPosition")!.Value}|{s.Attribute("creatingUser")!.Value}|"
            + string.Join(",", s.Descendants(Ns + "CodeRef").Select(r => r.Attribute("targetGUID")!.Value))).ToList(),
    };

    private static XDocument Qde(string qdpx)
    {
        using var zip = ZipFile.OpenRead(qdpx);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
