using Codebook.Core.Quotes;
using Codebook.Core.Text;

namespace Codebook.Formats.Quotes;

/// <summary>The words every format uses to say what pseudonymisation did.</summary>
internal static class QuoteNotes
{
    public static string Summary(QuoteSheet sheet) =>
        $"{Counted.Of(sheet.Quotes.Count, "quote")}; {Counted.Of(sheet.Replacements, "real name")} replaced by pseudonyms" +
        (sheet.Replacements == 0 ? "" : $" in {Counted.Of(sheet.Quotes.Count(q => q.Replacements > 0), "quote")}") + "." +
        (sheet.Trimmed == 0 ? "" : $" {Counted.Of(sheet.Trimmed, "quote")} shortened to about {sheet.Trim} words at sentence borders, {QuoteTrim.Gap} where words were left out.");

    public static string Replaced(ExportedQuote quote) => $"{Counted.Of(quote.Replacements, "name")} pseudonymised";

    /// <summary>The heading a quote goes under when quotes are ordered by theme.</summary>
    public static string Heading(ExportedQuote quote) => quote.ThemeLabel ?? QuoteLayout.HitsHeading;
}
