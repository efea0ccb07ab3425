using Codebook.Core.Text;

namespace Codebook.Formats.Codebooks;

/// <summary>Finds the known word a misspelt one was probably meant to be ("Defintion" → "Definition").</summary>
internal static class Nearest
{
    public static string? To(string word, IEnumerable<string> known) =>
        known.Select(k => (Word: k, Distance: EditDistance.Between(word.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance)
            .Select(k => k.Word)
            .FirstOrDefault();
}
