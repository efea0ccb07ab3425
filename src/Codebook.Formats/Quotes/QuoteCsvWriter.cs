using System.Globalization;
using System.Text;
using Codebook.Core.Quotes;
using CsvHelper;

namespace Codebook.Formats.Quotes;

/// <summary>Quotes as CSV in UTF-8 with a byte order mark, which spreadsheet software needs to read accents right:
/// one record per quote, a column per case attribute, line breaks inside quotes kept (quoted fields).</summary>
public static class QuoteCsvWriter
{
    public static readonly IReadOnlyList<string> Columns =
        ["quote", "citation", "transcript", "lines", "start", "end", "theme", "coder", "lang", "memo", "translation", "names replaced"];

    public static void Write(Stream stream, QuoteSheet sheet)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteRecord(Columns.Take(8).Concat(sheet.Attributes).Concat(Columns.Skip(8)).ToArray());
        foreach (var quote in sheet.Quotes)
        {
            string[] head =
            [
                quote.Text, quote.Citation, quote.Transcript, quote.Quote.LineText, Time(quote.Quote.Start), Time(quote.Quote.End),
                quote.Quote.Theme?.Id ?? "", string.Join(", ", quote.Quote.Coders),
            ];
            string[] tail = [quote.Language, string.Join("\n", quote.Memos), "", quote.Replacements.ToString(CultureInfo.InvariantCulture)];
            csv.WriteRecord(head.Concat(sheet.Attributes.Select(a => quote.Attributes.GetValueOrDefault(a) ?? "")).Concat(tail).ToArray());
        }
    }

    private static string Time(TimeSpan? time) => time is { } t ? CitationTemplate.Time(t) : "";
}
