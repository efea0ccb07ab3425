using Codebook.Core.Errors;
using Codebook.Core.Pseudonyms;

namespace Codebook.Core.Quotes;

/// <summary>Quotes ready to write: cited, and pseudonymised by the project's table, which every export applies. A
/// quote that still holds a listed real name is refused unless <c>allowRealNames</c>.</summary>
public sealed class QuoteSheet
{
    private QuoteSheet(IReadOnlyList<ExportedQuote> quotes, IReadOnlyList<string> attributes, QuoteOrder order)
    {
        Quotes = quotes;
        Attributes = attributes;
        Order = order;
    }

    public IReadOnlyList<ExportedQuote> Quotes { get; }

    /// <summary>Every case attribute name among the quotes, for column headers.</summary>
    public IReadOnlyList<string> Attributes { get; }

    public QuoteOrder Order { get; }

    public int Replacements => Quotes.Sum(q => q.Replacements);

    /// <param name="template">The citation template; null for <see cref="CitationTemplate.Default"/>, with the time
    /// added for quotes that have one.</param>
    public static QuoteSheet Prepare(IReadOnlyList<Quote> quotes, QuoteOrder order, CitationTemplate? template, Pseudonymiser pseudonymiser, bool allowRealNames)
    {
        var untimed = template ?? CitationTemplate.Parse(CitationTemplate.Default, []);
        var timed = template ?? CitationTemplate.Parse(CitationTemplate.DefaultTimed, []);
        var prepared = quotes.Select(q => Prepare(q, (q.Start is null ? untimed : timed).Render(q), pseudonymiser)).ToList();
        if (!allowRealNames && prepared.FirstOrDefault(q => q.RealNamesLeft.Count > 0) is { } leak)
        {
            throw new CodebookException(ErrorCode.RealNameLeft,
                $"the quote from {leak.Quote.Transcript.Id}, l. {leak.Quote.LineText} still contains the real name{(leak.RealNamesLeft.Count > 1 ? "s" : "")} " +
                string.Join(", ", leak.RealNamesLeft.Select(n => $"'{n}'")) + " (inside another word or spelt differently)",
                "export", "add that spelling with 'codebook pseudonyms add', or check the quote and pass --allow-real-names");
        }
        var attributes = quotes.SelectMany(q => q.Case.Attributes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        return new QuoteSheet(prepared, attributes, order);
    }

    /// <summary>Replacements are counted in what a reader reads: the quote, its citation and its memos.</summary>
    private static ExportedQuote Prepare(Quote quote, string citation, Pseudonymiser pseudonymiser)
    {
        var text = pseudonymiser.Apply(quote.Text);
        var cited = pseudonymiser.Apply(citation);
        var transcript = pseudonymiser.Apply(quote.Transcript.Id);
        var memos = quote.Memos.Select(pseudonymiser.Apply).ToList();
        var attributes = quote.Case.Attributes.ToDictionary(a => a.Key, a => pseudonymiser.Apply(a.Value), StringComparer.Ordinal);
        var everything = new[] { text, cited, transcript }.Concat(memos).Concat(attributes.Values);
        return new ExportedQuote(
            quote,
            text.Text,
            cited.Text,
            transcript.Text,
            memos.Select(m => m.Text).ToList(),
            attributes.ToDictionary(a => a.Key, a => a.Value.Text, StringComparer.Ordinal),
            text.Replacements + cited.Replacements + memos.Sum(m => m.Replacements),
            everything.SelectMany(pseudonymiser.RealNamesLeftIn).Distinct().ToList());
    }
}
