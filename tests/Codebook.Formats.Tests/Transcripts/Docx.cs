using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Builds small Word documents in memory: one paragraph per line.</summary>
internal static class Docx
{
    public static byte[] FromLines(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var paragraphs = lines.Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            main.Document = new Document(new Body(paragraphs));
        }
        return stream.ToArray();
    }
}
