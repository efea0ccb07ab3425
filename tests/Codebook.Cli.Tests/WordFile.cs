using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Cli.Tests;

/// <summary>Writes a real .docx with one paragraph per line, as Word would save a typed transcript; reads one's text.</summary>
internal static class WordFile
{
    public static void Write(string path, params string[] paragraphs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(text =>
            new Paragraph(new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))));
    }

    /// <summary>The document's paragraphs' text, a line each (tables' cells included).</summary>
    public static string Text(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
