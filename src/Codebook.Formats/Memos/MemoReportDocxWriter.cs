using Codebook.Core.Memos;
using Codebook.Core.Text;
using Codebook.Formats.Word;
using DocumentFormat.OpenXml;

namespace Codebook.Formats.Memos;

/// <summary>A memo report as a Word document in the quote export's styles: a heading per group, each memo's place,
/// author and date as a note, the quote it is about with its citation, then its text.</summary>
public static class MemoReportDocxWriter
{
    public static void Write(Stream stream, MemoReport report) => WordBlocks.Write(stream, Blocks(report));

    private static IEnumerable<OpenXmlElement> Blocks(MemoReport report)
    {
        yield return WordBlocks.Paragraph(WordBlocks.Heading, "Memo report");
        yield return WordBlocks.Paragraph(WordBlocks.Note, $"{Counted.Of(report.Count, "memo")}, pseudonymised ({Counted.Of(report.Replacements, "real name")} replaced in the memos).");
        foreach (var group in report.Groups)
        {
            yield return WordBlocks.Paragraph(WordBlocks.Heading, group.Heading);
            foreach (var memo in group.Memos)
            {
                yield return WordBlocks.Paragraph(WordBlocks.Note, MemoReportText.Heading(memo));
                if (memo.Quote is { } quote)
                {
                    yield return WordBlocks.Paragraph(WordBlocks.Quote, quote.Text.Trim(), quote.Language);
                    yield return WordBlocks.Paragraph(WordBlocks.Citation, $"({quote.Citation})");
                }
                yield return WordBlocks.Paragraph(WordBlocks.Normal, memo.Text.Trim());
            }
        }
    }
}
