using System.Globalization;
using System.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Accent removal shared by slugs and label matching, so "ENQUETEUR" and "Enquêteur" are one label.</summary>
internal static class TextFolding
{
    public static string RemoveAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key two spellings of one label share: no accents, upper case, single spaces.</summary>
    public static string LabelKey(string label) =>
        string.Join(' ', RemoveAccents(label).ToUpperInvariant().Split((char[])[' ', '\t', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries));
}
