namespace Codebook.Core.Quotes;

/// <summary>A quote as an export writes it: text, citation, transcript id, memos and case attributes pseudonymised.</summary>
/// <param name="Replacements">How many real names were replaced, in all of the above.</param>
/// <param name="RealNamesLeft">Listed real names still found (inside other words, say), written only when allowed.</param>
public sealed record ExportedQuote(
    Quote Quote,
    string Text,
    string Citation,
    string Transcript,
    IReadOnlyList<string> Memos,
    IReadOnlyDictionary<string, string> Attributes,
    int Replacements,
    IReadOnlyList<string> RealNamesLeft)
{
    public string Language => Quote.Transcript.Language;

    public string? ThemeLabel => Quote.Theme?.Label;
}
