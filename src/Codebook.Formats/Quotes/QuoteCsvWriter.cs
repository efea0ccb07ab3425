using System.Globalization;
using System.Text;
using Codebook.Core.Quotes;
using CsvHelper;

namespace Codebook.Formats.Quotes;

/// <summary>Quotes as CSV in UTF-8 with a byte order mark, which spreadsheet software needs to read accents right:
/// one record per quote, a column per case attribute, line breaks inside quotes kept (quoted fields).</summary>
public static class QuoteCsvWriter
{
    /// <summary>The columns before the case attributes, and after them.</summary>
    public static readonly IReadOnlyList<string> Head =
        ["quote", "speaker", "speaker role", "case", "transcript", "title", "lines", "time", "end", "date", "citation", "theme", "coder"];

    public static readonly IReadOnlyList<string> Tail = ["lang", "memo", "translation", "names replaced", "trimmed"];

    public static void Write(Stream stream, QuoteSheet sheet)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteRecord(Head.Concat(sheet.Attributes).Concat(Tail).ToArray());
        foreach (var quote in sheet.Quotes)
        {
            string[] head =
            [
                quote.Text, quote.Speaker, quote.SpeakerRole, quote.Case, quote.Transcript, quote.Title, quote.Quote.LineText,
                Time(quote.Quote.Start), Time(quote.Quote.End), quote.Quote.Transcript.Date ?? "", quote.Citation,
                quote.Quote.Theme?.Id ?? "", string.Join(", ", quote.Quote.Coders),
            ];
            string[] tail =
            [
                quote.Language, string.Join("\n", quote.Memos), "", quote.Replacements.ToString(CultureInfo.InvariantCulture), quote.Trimmed ? "yes" : "",
            ];
            csv.WriteRecord(head.Concat(sheet.Attributes.Select(a => quote.Attributes.GetValueOrDefault(a) ?? "")).Concat(tail).ToArray());
        }
    }

    private static string Time(TimeSpan? time) => time is { } t ? CitationTemplate.Time(t) : "";
}
