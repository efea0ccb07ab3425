using System.Text;
using Codebook.Core.Text;

namespace Codebook.Core.Model;

/// <summary>Ids made from names, the same way for transcripts and themes: "Perte de sens" becomes
/// "perte-de-sens" (lower case, accents removed, runs of anything else as one '-'). May be empty.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = new StringBuilder();
        // Compatibility forms first ("ﬁ" gives "fi", "²" gives "2"), then the accents.
        foreach (var c in Folding.RemoveAccents(text.Normalize(NormalizationForm.FormKD)).ToLowerInvariant())
        {
            var ascii = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                _ => null,
            };
            if (ascii is not null) slug.Append(ascii);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
