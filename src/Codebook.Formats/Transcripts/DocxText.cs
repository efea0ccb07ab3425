using System.IO.Compression;
using System.Text;
using System.Xml;
using Codebook.Core.Errors;
using Codebook.Formats.Archives;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Formats.Transcripts;

/// <summary>The text of a Word document: its paragraphs joined with LF (line breaks inside a paragraph too),
/// so the same turn conventions apply as in a text file; each paragraph counts as one line of the file.</summary>
internal static class DocxText
{
    /// <summary>All the parts of a Word file together; a transcript's text is a few megabytes at most.</summary>
    public const long MaxInflatedBytes = 256L * 1024 * 1024;

    /// <summary>The text, and for each of its lines the paragraph (one-based) it came from.</summary>
    public static (string Text, List<int> Paragraphs) Extract(string file, byte[] bytes)
    {
        try
        {
            CheckBudget(file, bytes);
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxInflatedBytes });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw TranscriptError.Bad(file, "the Word document has no body", "open the file in Word and save it again as .docx");
            var paragraphs = body.Descendants<Paragraph>().Select(ParagraphText).ToList();
            var lines = new List<int>();
            for (int p = 0; p < paragraphs.Count; p++)
                lines.AddRange(Enumerable.Repeat(p + 1, 1 + paragraphs[p].Count(c => c == '\n')));
            return (string.Join('\n', paragraphs), lines);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw TranscriptError.Bad(file, "the Word document declares a DTD or entities, which Word never writes and Codebook does not read",
                "open it in Word and save it again as .docx, or export the transcript as .txt", inner: e);
        }
        catch (Exception e) when (e is not CodebookException)
        {
            // A .docx is a zip of XML parts; damage surfaces from several layers (zip, packaging, XML), all meaning the same.
            throw TranscriptError.Bad(file, "the file is not a readable Word document (.docx)",
                "open it in Word and save it again as .docx, or export the transcript as .txt", inner: e);
        }
    }

    /// <summary>Every part inflated once, counting, before the Word reader trusts the sizes the archive declares.</summary>
    private static void CheckBudget(string file, byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > ZipBudget.MaxEntries)
            throw TranscriptError.Bad(file, $"the Word document holds {zip.Entries.Count:N0} parts, more than {ZipBudget.MaxEntries:N0}", BombHint);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var counter = new CountingStream();
            var limit = ZipBudget.LimitOf(entry, MaxInflatedBytes - total);
            if (!ZipBudget.TryInflate(entry, counter, limit))
                throw TranscriptError.Bad(file, $"the Word part '{entry.FullName}' inflates to more than {limit:N0} bytes from {entry.CompressedLength:N0}", BombHint);
            total += counter.Length;
        }
    }

    private const string BombHint = "this looks like a ZIP bomb, not a Word document; export the transcript again as .docx or .txt";

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
        // Line ends as the normaliser will leave them, so that lines and paragraphs can be counted here.
        return text.ToString().Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
