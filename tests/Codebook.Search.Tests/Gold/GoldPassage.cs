using System.Globalization;
using System.Text;

namespace Codebook.Search.Tests.Gold;

/// <summary>A passage of the gold study, with its text folded for the gold set's patterns.</summary>
internal sealed record GoldPassage(string TranscriptId, int Index, string Language, string Role, string Text)
{
    public string Key => $"{TranscriptId}#{Index}";

    public string Folded { get; } = Fold(Text);

    /// <summary>Lower case, both apostrophes as <c>'</c>, accents kept.</summary>
    public string Lower { get; } = Text.ToLowerInvariant().Replace('\u2019', '\'');

    /// <summary>Lower case, accents off, both apostrophes as <c>'</c>: what the search promises not to care about.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('\u2019', '\'').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        }
        return folded.ToString().Replace("œ", "oe").Replace("æ", "ae");
    }
}
