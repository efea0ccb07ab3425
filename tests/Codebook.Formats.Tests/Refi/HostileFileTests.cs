using System.IO.Compression;
using System.Text;
using Codebook.Core.Errors;
using Codebook.Formats.Refi;

namespace Codebook.Formats.Tests.Refi;

/// <summary>Foreign files are read as if they were hostile: every trick is refused with our one exception, and a clear reason.</summary>
[TestClass]
public sealed class HostileFileTests
{
    private const string Minimal = """<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>""";

    [TestMethod]
    public void ExternalEntitiesAreNeverResolved()
    {
        var qde = """
            <?xml version="1.0"?>
            <!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>
            """;

        var error = Refused(QdpxFile.Make(qde));

        StringAssert.Contains(error.Message, "DTD");
    }

    [TestMethod]
    public void AnEntryLeavingTheArchiveIsRefused()
    {
        var error = Refused(QdpxFile.Make(Minimal, ("../../evil.txt", "x"u8.ToArray())));

        StringAssert.Contains(error.Message, "outside the archive");
    }

    [TestMethod]
    public void AZipBombIsRefused()
    {
        var error = Refused(QdpxFile.Make(Minimal, ("sources/zeros.txt", new byte[20 * 1024 * 1024])));

        StringAssert.Contains(error.Message, "inflates to more than");
    }

    [TestMethod]
    public void AHugeAttributeIsRefused()
    {
        var error = Refused(QdpxFile.Make($"""<Project xmlns="urn:QDA-XML:project:1.0" name="{new string('a', 200_000)}"/>"""));

        StringAssert.Contains(error.Message, "'name'");
    }

    [TestMethod]
    public void ANonZipIsRefused()
    {
        var error = Refused(new MemoryStream(Encoding.UTF8.GetBytes("not a zip at all")));

        StringAssert.Contains(error.Message, "not a ZIP");
    }

    [TestMethod]
    public void AnArchiveWithoutAProjectIsRefused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) zip.CreateEntry("sources/a.txt");
        stream.Position = 0;

        var error = Refused(stream);

        StringAssert.Contains(error.Message, "no project.qde");
    }

    [TestMethod]
    public void TheTruncatedAtlasTiCodebookIsRefusedWithWhereItEnds()
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => QdcReader.Read(RefiData.Sample("atlasti-23.4.0-truncated-corrupted.qdc")));

        Assert.AreEqual(ErrorCode.BadExchangeFile, error.Code);
        StringAssert.Contains(error.Message, "cut short");
        StringAssert.StartsWith(error.Where, "atlasti-23.4.0-truncated-corrupted.qdc:17:");
    }

    private static CodebookException Refused(Stream qdpx)
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => QdpxReader.Read(qdpx, "hostile.qdpx", "me", DateTime.UnixEpoch));
        Assert.AreEqual(ErrorCode.BadExchangeFile, error.Code);
        return error;
    }
}
