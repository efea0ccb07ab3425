using Codebook.Core.Pseudonyms;

namespace Codebook.Core.Quotes;

/// <summary>Quotes ready to write: cited, and pseudonymised by the project's table, which every export applies to
/// every field. A quote that still holds a listed real name (inside another word, say) is refused unless
/// <c>allowRealNames</c>.</summary>
public sealed class QuoteSheet
{
    private QuoteSheet(IReadOnlyList<ExportedQuote> quotes, IReadOnlyList<string> attributes, QuoteOrder order, int? trim)
    {
        Quotes = quotes;
        Attributes = attributes;
        Order = order;
        Trim = trim;
    }

    public IReadOnlyList<ExportedQuote> Quotes { get; }

    /// <summary>Every case attribute name among the quotes, for column headers.</summary>
    public IReadOnlyList<string> Attributes { get; }

    public QuoteOrder Order { get; }

    /// <summary>The word budget of <c>--trim</c>, when quotes were shortened to it.</summary>
    public int? Trim { get; }

    public int Replacements => Quotes.Sum(q => q.Replacements);

    public int Trimmed => Quotes.Count(q => q.Trimmed);

    public IReadOnlyList<RealNameFound> RealNamesLeft => Quotes.SelectMany(q => q.RealNamesLeft).ToList();

    /// <param name="template">The citation template; null for <see cref="CitationTemplate.Standard"/>.</param>
    /// <param name="trim">Shorten each speaker's words to about this many words (<see cref="QuoteTrim"/>); null keeps them whole.</param>
    public static QuoteSheet Prepare(IReadOnlyList<Quote> quotes, QuoteOrder order, CitationTemplate? template, Pseudonymiser pseudonymiser,
        bool allowRealNames, int? trim = null)
    {
        var citation = template ?? CitationTemplate.Standard;
        var prepared = quotes.Select(q => Prepare(q, citation.Render(q), pseudonymiser, trim)).ToList();
        if (!allowRealNames) RealNameScan.Refuse(prepared.SelectMany(q => q.RealNamesLeft).ToList(), "the export");
        var attributes = quotes.SelectMany(q => q.Case.Attributes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        return new QuoteSheet(prepared, attributes, order, trim);
    }

    private static ExportedQuote Prepare(Quote quote, string citation, Pseudonymiser pseudonymiser, int? trim)
    {
        var place = $"{quote.Transcript.Id}, l. {quote.LineText}";
        var fields = new List<(string Field, Pseudonymised Result)>();
        Pseudonymised Apply(string field, string text)
        {
            var result = pseudonymiser.Apply(text);
            fields.Add((field, result));
            return result;
        }

        bool trimmed = false;
        var parts = quote.Parts.Select(part =>
        {
            var words = part.Text;
            if (trim is { } budget)
            {
                (words, var shortened) = QuoteTrim.Shorten(words, budget);
                trimmed |= shortened;
            }
            return part with { Speaker = part.Speaker is { } s ? Apply("speaker", s).Text : null, Text = Apply("quote", words).Text };
        }).ToList();
        var cited = Apply("citation", citation);
        var memos = quote.Memos.Select(m => Apply("memo", m).Text).ToList();
        var attributes = quote.Case.Attributes.ToDictionary(a => a.Key, a => Apply($"attribute {a.Key}", a.Value).Text, StringComparer.Ordinal);
        var caseName = quote.HasCase ? Apply("case", quote.Case.Attributes.GetValueOrDefault("pseudonym") ?? quote.Case.Name).Text : "";
        var transcript = Apply("transcript id", quote.Transcript.Id).Text;
        var title = Apply("title", quote.Transcript.Title).Text;
        var speakers = string.Join(" / ", parts.Select(p => p.Speaker).OfType<string>().Where(s => s.Length > 0).Distinct());
        var read = fields.Where(f => f.Field is "quote" or "citation" or "memo" or "speaker").Sum(f => f.Result.Replacements);
        return new ExportedQuote(
            quote,
            Attributed(parts),
            parts,
            cited.Text,
            speakers,
            caseName,
            transcript,
            title,
            memos,
            attributes,
            read,
            fields.SelectMany(f => pseudonymiser.RealNamesLeftIn(f.Result, $"{place}, {f.Field}")).ToList(),
            trimmed);
    }

    /// <summary>One speaker's words as they are; several speakers' each after the speaker's name.</summary>
    public static string Attributed(IReadOnlyList<QuotePart> parts) =>
        parts.Count == 1 ? parts[0].Text : string.Join("\n\n", parts.Select(p => p.Speaker is { Length: > 0 } s ? $"{s}: {p.Text}" : p.Text));
}
