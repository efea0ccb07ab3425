using System.IO.Compression;
using System.Xml.Linq;
using Codebook.Formats.Refi;

namespace Codebook.Formats.Tests.Refi;

/// <summary>A project read from another tool and written back unchanged gives that tool the same codes, sources, users
/// and selections (compared element by element), with descriptions byte for byte; and its coders as the file says.</summary>
[TestClass]
public sealed class IdentityRoundTripTests
{
    private static readonly XNamespace Ns = "urn:QDA-XML:project:1.0";

    [TestMethod]
    public void AnNVivoProjectExportedBackUnchangedKeepsItsCodesSourcesUsersAndSelections()
    {
        var before = ForeignProject.Qdpx();
        var (content, report) = QdpxReader.Read(before, "nvivo.qdpx", "me", DateTime.UnixEpoch);
        Assert.AreEqual(RefiTool.NVivo, report.Tool);

        var after = new MemoryStream();
        QdpxWriter.Write(after, content, RefiTool.ImportedFrom(content.Transcripts));

        var (original, written) = (Qde(before), Qde(after));
        CollectionAssert.AreEqual(Codes(original), Codes(written));
        CollectionAssert.AreEqual(Sources(original), Sources(written));
        CollectionAssert.AreEquivalent(Users(original), Users(written));
        CollectionAssert.AreEqual(Selections(original), Selections(written));
        var description = written.Descendants(Ns + "Code").First().Element(Ns + "Description")!.Value;
        Assert.AreEqual(ForeignProject.Description, description);
        Assert.AreEqual(ForeignProject.Text, SourceText(after));
    }

    [TestMethod]
    public void CodersComeFromTheSelectionsWhenEveryCodingNamesTheExporter()
    {
        var (content, report) = QdpxReader.Read(ForeignProject.Qdpx(), "nvivo.qdpx", "me", DateTime.UnixEpoch);

        CollectionAssert.AreEquivalent(new[] { "Marie Dubois", "Marie Dubois", "Marie Dubois", "LUIS" }, content.Codings.Select(c => c.Coder).ToList());
        Assert.AreEqual(3, report.CodingsByCoder["Marie Dubois"]);
        Assert.AreEqual(1, report.CodingsByCoder["LUIS"]);
        StringAssert.StartsWith(report.CoderRule, "each selection's creatingUser");
    }

    [TestMethod]
    public void CodersComeFromTheCodingsWhenAsked()
    {
        var (content, report) = QdpxReader.Read(ForeignProject.Qdpx(), "nvivo.qdpx", "me", DateTime.UnixEpoch, CoderFrom.Coding);

        Assert.IsTrue(content.Codings.All(c => c.Coder == "LUIS"));
        Assert.AreEqual(4, report.CodingsByCoder["LUIS"]);
        StringAssert.Contains(report.CoderRule, "as asked");
    }

    private static XDocument Qde(MemoryStream qdpx)
    {
        qdpx.Position = 0;
        using var zip = new ZipArchive(qdpx, ZipArchiveMode.Read, leaveOpen: true);
        return XDocument.Load(zip.GetEntry("project.qde")!.Open());
    }

    private static string SourceText(MemoryStream qdpx)
    {
        qdpx.Position = 0;
        using var zip = new ZipArchive(qdpx, ZipArchiveMode.Read, leaveOpen: true);
        using var reader = new StreamReader(zip.GetEntry($"sources/{ForeignProject.SourceGuid}.txt")!.Open());
        return reader.ReadToEnd();
    }

    private static List<string> Codes(XDocument qde) =>
        qde.Descendants(Ns + "Code").Select(c => $"{c.Attribute("guid")!.Value}|{c.Attribute("name")!.Value}|{c.Attribute("color")?.Value}|{c.Parent!.Attribute("guid")?.Value}|{c.Element(Ns + "Description")?.Value}").ToList();

    private static List<string> Sources(XDocument qde) =>
        qde.Descendants(Ns + "TextSource").Select(s => $"{s.Attribute("guid")!.Value}|{s.Attribute("name")!.Value}|{s.Attribute("plainTextPath")!.Value}").ToList();

    private static List<string> Users(XDocument qde) =>
        qde.Descendants(Ns + "User").Select(u => $"{u.Attribute("guid")!.Value}|{u.Attribute("name")!.Value}").ToList();

    /// <summary>A selection by its GUID, positions, user, and the codes its codings name.</summary>
    private static List<string> Selections(XDocument qde) =>
        qde.Descendants(Ns + "PlainTextSelection").Select(s =>
            $"{s.Attribute("guid")!.Value}|{s.Attribute("startPosition")!.Value}|{s.Attribute("endPosition")!.Value}|{s.Attribute("creatingUser")!.Value}|"
            + string.Join(",", s.Descendants(Ns + "CodeRef").Select(r => r.Attribute("targetGUID")!.Value))).ToList();
}
