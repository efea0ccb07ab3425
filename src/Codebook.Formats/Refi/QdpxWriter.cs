using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Codebook.Core.Exchange;

namespace Codebook.Formats.Refi;

/// <summary>Writes a project as a REFI-QDA <c>.qdpx</c>: a ZIP with <c>project.qde</c> and each transcript's text
/// as <c>sources/GUID.txt</c> in UTF-8. The text file's line ends and byte order mark, and the way selection
/// positions count, are those of the tool the file is for (<see cref="RefiTool"/>; the standard by default), with
/// exclusive ends as the tools read them. GUIDs and ZIP dates derive from the project, so an unchanged project
/// exports to the same bytes.</summary>
public static class QdpxWriter
{
    public static void Write(Stream output, ProjectContent project, RefiTool? tool = null)
    {
        tool ??= RefiTool.Standard;
        var guids = new RefiGuid(project.Name, project.CreatedAt);
        var elements = new ProjectElements(project, guids, tool);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), elements.Project());
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(Max(project.CreatedAt.ToUniversalTime(), new DateTime(1980, 1, 2)), DateTimeKind.Utc));
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var qde = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
        qde.LastWriteTime = stamp;
        using (var stream = qde.Open()) QdcWriter.Save(document, stream);
        var encoding = new UTF8Encoding(tool.Bom);
        foreach (var transcript in project.Transcripts)
        {
            var entry = zip.CreateEntry($"sources/{elements.SourceGuid(transcript)}.txt", CompressionLevel.Optimal);
            entry.LastWriteTime = stamp;
            using var stream = entry.Open();
            stream.Write(encoding.GetPreamble());
            stream.Write(encoding.GetBytes(tool.TextOf(transcript.Text)));
        }
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
