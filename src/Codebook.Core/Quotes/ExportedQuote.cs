using Codebook.Core.Pseudonyms;

namespace Codebook.Core.Quotes;

/// <summary>A quote as an export writes it: every field pseudonymised.</summary>
/// <param name="Text">The spoken words; for a quote across speakers, each speaker's paragraph after their name.</param>
/// <param name="Parts">Who said what, speakers and words pseudonymised.</param>
/// <param name="Case">The case as cited (its pseudonym attribute or name); empty for a transcript without a case.</param>
/// <param name="Replacements">How many real names were replaced, in what a reader reads (words, citation, memos).</param>
/// <param name="RealNamesLeft">Listed real names still found (inside other words, say), written only when allowed.</param>
/// <param name="Trimmed">Whether <c>--trim</c> shortened the quote.</param>
public sealed record ExportedQuote(
    Quote Quote,
    string Text,
    IReadOnlyList<QuotePart> Parts,
    string Citation,
    string Speaker,
    string Case,
    string Transcript,
    string Title,
    IReadOnlyList<string> Memos,
    IReadOnlyDictionary<string, string> Attributes,
    int Replacements,
    IReadOnlyList<RealNameFound> RealNamesLeft,
    bool Trimmed)
{
    public string Language => Quote.Transcript.Language;

    public string? ThemeLabel => Quote.Theme?.Label;

    public string SpeakerRole => Quote.SpeakerRole;

    /// <summary>Where the quote is, for messages: "fr01, l. 12-14" (transcript id pseudonymised).</summary>
    public string Place => $"{Transcript}, l. {Quote.LineText}";
}
