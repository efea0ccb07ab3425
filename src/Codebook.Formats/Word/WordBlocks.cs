using Codebook.Formats.Quotes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Formats.Word;

/// <summary>What the framework and memo reports put into Word: a document in the quote export's named styles (so one
/// journal template restyles them all), paragraphs, and plain bordered tables.</summary>
internal static class WordBlocks
{
    public const string Heading = QuoteStyles.Heading;
    public const string Quote = QuoteStyles.Quote;
    public const string Citation = QuoteStyles.Citation;
    public const string Note = QuoteStyles.Memo;
    public const string Normal = "Normal";

    /// <summary>Writes a document of the blocks on A4 with 2.5 cm margins.</summary>
    public static void Write(Stream stream, IEnumerable<OpenXmlElement> blocks)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = QuoteStyles.Create();
        var body = new Body();
        foreach (var block in blocks) body.Append(block);
        body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>A paragraph; each line of <paramref name="text"/> after the first is a line break in it.</summary>
    public static Paragraph Paragraph(string style, string text, string? language = null)
    {
        var run = new Run();
        if (language is not null) run.Append(new RunProperties(new Languages { Val = language }));
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), run);
    }

    /// <summary>A table with a bold header row and single borders, its cells' text in Normal paragraphs.</summary>
    public static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(Row(headers, bold: true));
        foreach (var row in rows) table.Append(Row(row, bold: false));
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) => new(cells.Select(text =>
    {
        var paragraph = Paragraph(Normal, text);
        if (bold) paragraph.Descendants<Run>().First().PrependChild(new RunProperties(new Bold()));
        return new TableCell(paragraph);
    }));
}
