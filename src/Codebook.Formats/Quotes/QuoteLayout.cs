namespace Codebook.Formats.Quotes;

/// <summary>What a quote export adds beside the quotes.</summary>
/// <param name="Memos">The codings' memos (Markdown: a footnote; Word: a paragraph in style Memo; CSV: a column).</param>
/// <param name="Translation">Room for a translation: a placeholder after each quote, a column in CSV.</param>
public sealed record QuoteLayout(bool Memos = false, bool Translation = false)
{
    public const string TranslationPlaceholder = "[Traduction libre / Traducción libre: …]";

    /// <summary>The heading of quotes that are query hits rather than codings of a theme.</summary>
    public const string HitsHeading = "Query hits";
}
