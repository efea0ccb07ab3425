using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Codebook.Core.Exchange;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>Writes a project as a REFI-QDA <c>.qdpx</c>: a ZIP with <c>project.qde</c> and each transcript's text
/// as <c>sources/GUID.txt</c> (UTF-8). Selection positions count Unicode code points from 0 as the standard says,
/// with exclusive ends as the tools read them. GUIDs and ZIP dates derive from the project, so an unchanged project
/// exports to the same bytes.</summary>
public static partial class QdpxWriter
{
    public static void Write(Stream output, ProjectContent project)
    {
        var guids = new RefiGuid(project.Name, project.CreatedAt);
        var texts = project.Transcripts.ToDictionary(t => t.Id, t => new CodePoints(t.Text), StringComparer.Ordinal);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new ProjectElements(project, guids, texts).Project());
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(Max(project.CreatedAt.ToUniversalTime(), new DateTime(1980, 1, 2)), DateTimeKind.Utc));
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var qde = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
        qde.LastWriteTime = stamp;
        using (var stream = qde.Open()) QdcWriter.Save(document, stream);
        foreach (var transcript in project.Transcripts)
        {
            var entry = zip.CreateEntry($"sources/{guids.Of("transcript", transcript.Id)}.txt", CompressionLevel.Optimal);
            entry.LastWriteTime = stamp;
            using var stream = entry.Open();
            stream.Write(new UTF8Encoding(false).GetBytes(transcript.Text));
        }
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
