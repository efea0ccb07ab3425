using System.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Identifiers made from file names: lower case, no accents, runs of anything else as one '-'.</summary>
internal static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in TextFolding.RemoveAccents(text).ToLowerInvariant())
        {
            string part = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                _ => "-",
            };
            if (part == "-" && (builder.Length == 0 || builder[^1] == '-')) continue;
            builder.Append(part);
        }
        string slug = builder.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : "transcript";
    }
}
