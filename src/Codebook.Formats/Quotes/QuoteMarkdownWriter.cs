using Codebook.Core.Quotes;
using Codebook.Formats.Codebooks;

namespace Codebook.Formats.Quotes;

/// <summary>Quotes as Pandoc Markdown: each a blockquote inside a <c>::: {lang=xx}</c> div (so Pandoc keeps the
/// original language; across speakers, a paragraph per speaker after their name), the citation in parentheses after it, memos as footnotes, a heading per theme when ordered by
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
            Blockquote(writer, quote);
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

    /// <summary>Each line of the quote prefixed with "> ", blank lines kept as paragraph breaks; across speakers, a
    /// paragraph per speaker, their name first.</summary>
    private static void Blockquote(TextWriter writer, ExportedQuote quote)
    {
        for (int i = 0; i < quote.Parts.Count; i++)
        {
            if (i > 0) writer.WriteLine(">");
            var part = quote.Parts[i];
            var speaker = quote.Parts.Count > 1 && part.Speaker is { Length: > 0 } name ? $"{MarkdownEscaper.Line(name, atLineStart: true)}: " : "";
            foreach (var line in part.Text.Trim().Split('\n'))
            {
                var trimmed = line.TrimEnd();
                var text = speaker.Length > 0 ? speaker + MarkdownEscaper.Line(trimmed, atLineStart: false) : MarkdownEscaper.Line(trimmed, atLineStart: true);
                writer.WriteLine(text.Length == 0 ? ">" : $"> {text}");
                speaker = "";
            }
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
