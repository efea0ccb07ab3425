using Codebook.Core.Quotes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Formats.Quotes;

/// <summary>Quotes as a Word document in named styles (<see cref="QuoteStyles"/>): each quote's lines as Quote
/// paragraphs marked with the interview's language (across speakers, each speaker's
/// words after their name in the character style Speaker), then its Citation, memos and translation placeholder; a heading
/// per theme when ordered by theme. A first Memo paragraph says what pseudonymisation did.</summary>
public static class QuoteDocxWriter
{
    public static void Write(Stream stream, QuoteSheet sheet, QuoteLayout layout)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = QuoteStyles.Create();
        var body = new Body();
        body.Append(Paragraph(QuoteStyles.Memo, QuoteNotes.Summary(sheet)));
        string? heading = null;
        foreach (var quote in sheet.Quotes)
        {
            if (sheet.Order == QuoteOrder.Theme && QuoteNotes.Heading(quote) != heading)
            {
                heading = QuoteNotes.Heading(quote);
                body.Append(Paragraph(QuoteStyles.Heading, heading));
            }
            foreach (var part in quote.Parts)
            {
                // Across speakers, each speaker's words start with their name, in a style of its own.
                var speaker = quote.Parts.Count > 1 && part.Speaker is { Length: > 0 } name ? $"{name}: " : null;
                foreach (var line in part.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                {
                    var paragraph = Paragraph(QuoteStyles.Quote, line, quote.Language, QuoteStyles.CharacterOf(QuoteStyles.Quote));
                    if (speaker is not null) paragraph.InsertAfter(Run(speaker, null, QuoteStyles.Speaker), paragraph.ParagraphProperties);
                    speaker = null;
                    body.Append(paragraph);
                }
            }
            var citation = quote.Replacements > 0 ? $"({quote.Citation}) [{QuoteNotes.Replaced(quote)}]" : $"({quote.Citation})";
            body.Append(Paragraph(QuoteStyles.Citation, citation, characterStyle: QuoteStyles.CharacterOf(QuoteStyles.Citation)));
            if (layout.Memos)
            {
                foreach (var memo in quote.Memos) body.Append(Paragraph(QuoteStyles.Memo, $"Memo: {memo}"));
            }
            if (layout.Translation) body.Append(Paragraph(QuoteStyles.Translation, QuoteLayout.TranslationPlaceholder));
        }
        body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Paragraph(string style, string text, string? language = null, string? characterStyle = null) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text, language, characterStyle));

    private static Run Run(string text, string? language, string? characterStyle)
    {
        var run = new RunProperties();
        if (characterStyle is not null) run.Append(new RunStyle { Val = characterStyle });
        if (language is not null) run.Append(new Languages { Val = language });
        return new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
