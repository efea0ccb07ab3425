using System.Security.Cryptography;

namespace Codebook.Core.Ids;

/// <summary>Short random ids users can read and type: a kind letter and 8 lower-case Crockford base32 characters
/// (40 bits), such as "c7k2m9qxa". Random rather than sequential so that coders working in copies of a project
/// can merge without clashes.</summary>
public static class ShortId
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int Length = 8;

    /// <summary>A new id starting with <paramref name="kind"/> that <paramref name="taken"/> does not refuse.</summary>
    public static string New(char kind, Func<string, bool> taken)
    {
        while (true)
        {
            var id = string.Create(Length + 1, kind, static (chars, first) =>
            {
                chars[0] = first;
                for (int i = 1; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            });
            if (!taken(id)) return id;
        }
    }
}
