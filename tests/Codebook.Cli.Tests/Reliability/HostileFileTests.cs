using System.Text;
using Codebook.Fuzz;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>Files made to hurt (docs/RELIABILITY.md, "Bad input"): each is refused through the real command with our
/// error — what, where, what to do — and the project is left exactly as it was.</summary>
[TestClass]
public sealed class HostileFileTests
{
    private const string SecretEntity = """<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>""";

    private const string BillionLaughs = """
        <!DOCTYPE d [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
        <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
        """;

    private static byte[] SampleDocx => File.ReadAllBytes(Path.Combine(Repository.Interviews, "fr05-sophie.docx"));

    private static byte[] SampleQdpx => Seeds.Qdpx()[0];

    [TestMethod]
    [DataRow(SecretEntity, "&secret;")]
    [DataRow(BillionLaughs, "&i;")]
    public void AWordDocumentWithADtdIsRefused(string doctype, string reference)
    {
        var body = Encoding.UTF8.GetString(ZipParts.Read(SampleDocx, part => part == "word/document.xml"));
        var hostile = body.Replace("?>", "?>" + doctype.Replace("<!DOCTYPE d", "<!DOCTYPE w:document"), StringComparison.Ordinal)
            .Replace("<w:t>", "<w:t>" + reference, StringComparison.Ordinal);
        var docx = ZipParts.Replace(SampleDocx, part => part == "word/document.xml", Encoding.UTF8.GetBytes(hostile));

        var error = RefusedImport("import", "entretien.docx", docx);

        StringAssert.Contains(error, "entretien.docx: the Word document declares a DTD or entities");
        StringAssert.Contains(error, "save it again as .docx");
        Assert.IsFalse(error.Contains("root:", StringComparison.Ordinal), error);
    }

    [TestMethod]
    public void AWordDocumentThatIsAZipBombIsRefused()
    {
        var bomb = ZipParts.With(SampleDocx, "word/media/image1.png", new byte[300 * 1024 * 1024]);

        var error = RefusedImport("import", "entretien.docx", bomb);

        StringAssert.Contains(error, "entretien.docx: the Word part 'word/media/image1.png' inflates to more than");
        StringAssert.Contains(error, "ZIP bomb");
    }

    [TestMethod]
    [DataRow(SecretEntity, "&secret;", "declares a DTD or entities")]
    [DataRow(BillionLaughs, "&i;", "declares a DTD or entities")]
    public void AProjectFileWithADtdIsRefused(string doctype, string reference, string message)
    {
        var qde = Encoding.UTF8.GetString(ZipParts.Read(SampleQdpx, part => part == "project.qde"));
        var hostile = qde.Replace("?>", "?>" + doctype.Replace("<!DOCTYPE d", "<!DOCTYPE Project"), StringComparison.Ordinal)
            .Replace("name=\"fuzz\"", $"name=\"{reference}\"", StringComparison.Ordinal);

        var error = RefusedImport("import-qdpx", "other.qdpx", ZipParts.Replace(SampleQdpx, part => part == "project.qde", Encoding.UTF8.GetBytes(hostile)));

        StringAssert.Contains(error, $"other.qdpx/project.qde: the file {message}");
    }

    [TestMethod]
    [DataRow("../../evil.txt")]
    [DataRow("/etc/evil.txt")]
    [DataRow("sources/../../evil.txt")]
    [DataRow("C:/evil.txt")]
    public void AProjectFileWhoseEntryLeavesTheArchiveIsRefused(string entry)
    {
        var error = RefusedImport("import-qdpx", "other.qdpx", ZipParts.With(SampleQdpx, entry, "pwned"u8.ToArray()));

        StringAssert.Contains(error, $"other.qdpx: the archive entry '{entry}' points outside the archive");
        Assert.IsFalse(File.Exists(Path.Combine(Path.GetTempPath(), "evil.txt")));
    }

    [TestMethod]
    public void AProjectFileThatIsAZipBombIsRefused()
    {
        var error = RefusedImport("import-qdpx", "other.qdpx", ZipParts.With(SampleQdpx, "sources/zeros.txt", new byte[300 * 1024 * 1024]));

        StringAssert.Contains(error, "other.qdpx: the archive entry 'sources/zeros.txt' inflates to more than");
        StringAssert.Contains(error, "ZIP bomb");
    }

    [TestMethod]
    public void AProjectFileWithAHugeAttributeIsRefused()
    {
        var qde = Encoding.UTF8.GetString(ZipParts.Read(SampleQdpx, part => part == "project.qde"))
            .Replace("name=\"fuzz\"", $"name=\"{new string('x', 10_000_000)}\"", StringComparison.Ordinal);

        var error = RefusedImport("import-qdpx", "other.qdpx", ZipParts.Replace(SampleQdpx, part => part == "project.qde", Encoding.UTF8.GetBytes(qde)));

        StringAssert.Contains(error, "the attribute 'name' is 10,000,000 characters long");
    }

    [TestMethod]
    [DataRow("-5", "12")]
    [DataRow("12", "99999999")]
    [DataRow("40", "12")]
    [DataRow("12", "12")]
    [DataRow("9223372036854775807", "-9223372036854775808")]
    public void ASelectionOutsideItsTextIsLeftOutAndSaid(string start, string end)
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        var qde = Encoding.UTF8.GetString(ZipParts.Read(SampleQdpx, part => part == "project.qde"));
        var first = qde.IndexOf("startPosition=\"", StringComparison.Ordinal);
        var close = qde.IndexOf('>', first);
        var broken = qde[..first] + $"startPosition=\"{start}\" endPosition=\"{end}\"" + qde[close..];
        var file = temp.Write("other.qdpx", ZipParts.Replace(SampleQdpx, part => part == "project.qde", Encoding.UTF8.GetBytes(broken)));

        var import = CliRun.Of("--project", temp.Project, "import-qdpx", file);

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Out, $"selection {start}-{end} is outside its text");
    }

    [TestMethod]
    public void ASelectionPositionThatIsNoNumberIsRefused()
    {
        var qde = Encoding.UTF8.GetString(ZipParts.Read(SampleQdpx, part => part == "project.qde"));
        var first = qde.IndexOf("startPosition=\"", StringComparison.Ordinal);
        var broken = qde[..first] + "startPosition=\"1e400\" x" + qde[(first + "startPosition".Length)..];

        var error = RefusedImport("import-qdpx", "other.qdpx", ZipParts.Replace(SampleQdpx, part => part == "project.qde", Encoding.UTF8.GetBytes(broken)));

        StringAssert.Contains(error, "a selection's startPosition is '1e400', not a number");
    }

    [TestMethod]
    public void AHugeTranscriptOfOneLineIsRefusedClearly()
    {
        var error = RefusedImport("import", "huge.txt", Encoding.UTF8.GetBytes("ENQ: " + string.Concat(Enumerable.Repeat("mot ", 8_000_000))));

        StringAssert.Contains(error, "huge.txt: the transcript is 32,000,00");
        StringAssert.Contains(error, "characters long, more than the 4,000,000 one transcript may hold — split the interview into several files");
    }

    /// <summary>Runs the import into a project with a transcript and the study's themes in it (an empty one for a
    /// whole project), and returns the error after checking that the project did not change.</summary>
    private static string RefusedImport(string command, string name, byte[] bytes)
    {
        using var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        if (command != "import-qdpx") CliRun.Of("--project", temp.Project, "import", Path.Combine(Repository.Interviews, "fr01-nadia.txt"));
        var file = temp.Write(name, bytes);
        var before = VisibleState.Of(temp.Project);

        var run = CliRun.Of(["--project", temp.Project, .. command.Split(' '), file]);

        Assert.AreNotEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(before, VisibleState.Of(temp.Project), run.ToString());
        return run.Out + run.Error;
    }
}
