using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Formats.Transcripts;

/// <summary>The text of a Word document: its paragraphs joined with LF (line breaks inside a paragraph too),
/// so the same turn conventions apply as in a text file.</summary>
internal static class DocxText
{
    public static string Extract(string file, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw TranscriptError.Bad(file, "the Word document has no body", "open the file in Word and save it again as .docx");
            return string.Join('\n', body.Descendants<Paragraph>().Select(ParagraphText));
        }
        catch (Exception e) when (e is not Codebook.Core.Errors.CodebookException)
        {
            // A .docx is a zip of XML parts; damage surfaces from several layers (zip, packaging, XML), all meaning the same.
            throw TranscriptError.Bad(file, "the file is not a readable Word document (.docx)",
                "open it in Word and save it again as .docx, or export the transcript as .txt", inner: e);
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('\u2011'); break;
            }
        }
        return text.ToString();
    }
}
