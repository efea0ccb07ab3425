using Codebook.Core.Framework;
using Codebook.Formats.Word;
using DocumentFormat.OpenXml;

namespace Codebook.Formats.Framework;

/// <summary>The framework matrix as a Word document, a case at a time (a grid of every theme is too wide for a page):
/// a heading per case, a table of its themes with the summary and number of passages of each, then, with quotes,
/// each theme's quotes with their citations.</summary>
public static class FrameworkDocxWriter
{
    public static void Write(Stream stream, FrameworkSheet sheet, bool quotes) => WordBlocks.Write(stream, Blocks(sheet, quotes));

    private static IEnumerable<OpenXmlElement> Blocks(FrameworkSheet sheet, bool quotes)
    {
        yield return WordBlocks.Paragraph(WordBlocks.Heading, "Framework matrix");
        foreach (var row in sheet.Rows)
        {
            yield return WordBlocks.Paragraph(WordBlocks.Heading, row.Case);
            var cells = row.Cells.Where(c => !c.IsEmpty).ToList();
            if (cells.Count == 0)
            {
                yield return WordBlocks.Paragraph(WordBlocks.Note, "No passage coded and no summary written.");
                continue;
            }
            yield return WordBlocks.Table(["Theme", "Summary", "Passages"],
                cells.Select(c => (IReadOnlyList<string>)[c.ThemeId, c.Summary, c.Passages.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            if (!quotes) continue;
            foreach (var cell in cells.Where(c => c.Quotes.Count > 0))
            {
                yield return WordBlocks.Paragraph(WordBlocks.Note, cell.ThemeId);
                foreach (var quote in cell.Quotes)
                {
                    yield return WordBlocks.Paragraph(WordBlocks.Quote, quote.Text.Trim(), quote.Language);
                    yield return WordBlocks.Paragraph(WordBlocks.Citation, $"({quote.Citation})");
                }
            }
        }
    }
}
