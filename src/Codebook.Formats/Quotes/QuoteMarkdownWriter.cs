using Codebook.Core.Quotes;
using Codebook.Formats.Codebooks;

namespace Codebook.Formats.Quotes;

/// <summary>Quotes as Pandoc Markdown: each a blockquote inside a <c>::: {lang=xx}</c> div (so Pandoc keeps the
/// original language), the citation in parentheses after it, memos as footnotes, a heading per theme when ordered by
/// theme. What pseudonymisation did is said in HTML comments, which Pandoc drops.</summary>
public static class QuoteMarkdownWriter
{
    public static void Write(TextWriter writer, QuoteSheet sheet, QuoteLayout layout)
    {
        writer.Write("<!-- Codebook: ");
        writer.Write(QuoteNotes.Summary(sheet));
        writer.WriteLine(" -->");
        string? heading = null;
        int footnotes = 0;
        foreach (var quote in sheet.Quotes)
        {
            if (sheet.Order == QuoteOrder.Theme && QuoteNotes.Heading(quote) != heading)
            {
                heading = QuoteNotes.Heading(quote);
                writer.WriteLine();
                writer.WriteLine($"## {MarkdownEscaper.Line(heading, atLineStart: false, inHeading: true)}");
            }
            writer.WriteLine();
            writer.WriteLine($"::: {{lang={quote.Language}}}");
            Blockquote(writer, quote.Text);
            writer.WriteLine(":::");
            writer.WriteLine();
            var note = layout.Memos && quote.Memos.Count > 0 ? $"[^{++footnotes}]" : "";
            writer.Write($"({MarkdownEscaper.Line(quote.Citation, atLineStart: false)}){note}");
            writer.WriteLine(quote.Replacements > 0 ? $" <!-- {QuoteNotes.Replaced(quote)} -->" : "");
            if (layout.Translation)
            {
                writer.WriteLine();
                writer.WriteLine($"> {QuoteLayout.TranslationPlaceholder}");
            }
            if (note.Length > 0)
            {
                writer.WriteLine();
                writer.WriteLine($"{note}: {MarkdownEscaper.Line(string.Join(" / ", quote.Memos.Select(OneLine)), atLineStart: false)}");
            }
        }
    }

    /// <summary>Each line of the quote prefixed with "> ", blank lines kept as paragraph breaks.</summary>
    private static void Blockquote(TextWriter writer, string text)
    {
        foreach (var line in text.Trim().Split('\n'))
        {
            var trimmed = line.TrimEnd();
            writer.WriteLine(trimmed.Length == 0 ? ">" : $"> {MarkdownEscaper.Line(trimmed, atLineStart: true)}");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
