using Codebook.Formats.Refi;

namespace Codebook.Formats.Tests.Refi;

/// <summary>What real tools write that the standard does not quite say (docs/refi-qda.md; tests/data/refi-qda/README.md).</summary>
[TestClass]
public sealed class ForeignQuirksTests
{
    [TestMethod]
    public void AnOldNamespaceBracedGuidsAndShortColoursAreRead()
    {
        var qdc = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti Win 23.4.0">
              <Codes>
                <Code guid="{51191CEE-BF78-4E92-9DF8-3AE66721E038}" name="Résistance" color="#c03" isCodable="true">
                  <Description>Refus de jouer le jeu.</Description>
                  <Code guid="14c4e248-f726-42cb-b1cd-a65d6a86f296" name="Résistance" isCodable="true" />
                </Code>
              </Codes>
            </CodeBook>
            """;

        var (themes, _) = QdcReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(qdc)), "old.qdc");

        CollectionAssert.AreEqual(new[] { "resistance||#CC0033|Refus de jouer le jeu.", "resistance-2|resistance||" },
            themes.Select(t => $"{t.Id}|{t.ParentId}|{t.Color}|{t.Definition}").ToArray());
    }

    [TestMethod]
    public void AnArchiveWhoseProjectIsNamedAfterTheProjectIsRead()
    {
        var qde = """<Project xmlns="urn:QDA-XML:project:1.0" name="Étude" origin="ATLAS.ti 26" creatingUserGUID="088b08ac-d5cd-4adb-8b71-b4f3459c177f"><Users><User guid="088B08AC-D5CD-4ADB-8B71-B4F3459C177F" name="Enric"/></Users></Project>""";
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("Étude.qde").Open();
            entry.Write(System.Text.Encoding.UTF8.GetBytes(qde));
        }
        stream.Position = 0;

        var (content, _) = QdpxReader.Read(stream, "etude.qdpx", "me", DateTime.UnixEpoch);

        Assert.AreEqual(("Étude", "Enric"), (content.Name, content.CreatedBy));
    }
}
