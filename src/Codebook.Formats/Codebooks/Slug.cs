using System.Globalization;
using System.Text;

namespace Codebook.Formats.Codebooks;

/// <summary>Makes an id from a label when a heading has none: "Perte de sens" becomes "perte-de-sens".</summary>
internal static class Slug
{
    public static string From(string label)
    {
        var slug = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ascii = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                _ => null,
            };
            if (ascii is not null)
            {
                slug.Append(ascii);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
