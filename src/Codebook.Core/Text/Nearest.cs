namespace Codebook.Core.Text;

/// <summary>Finds the known word a misspelt one was probably meant to be ("Defintion" → "Definition"), or the few known
/// names close to one that is not known ("fr01" → "fr01-nadia"), for error messages.</summary>
public static class Nearest
{
    public static string? To(string word, IEnumerable<string> known) =>
        known.Select(k => (Word: k, Distance: EditDistance.Between(word.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance)
            .Select(k => k.Word)
            .FirstOrDefault();

    /// <summary>Up to <paramref name="count"/> known names that contain the word, or are at most a third of its
    /// length away from it, closest first.</summary>
    public static IReadOnlyList<string> Among(string word, IEnumerable<string> known, int count = 3)
    {
        var lower = word.ToLowerInvariant();
        return known.Select(k => (Word: k, Distance: k.Contains(lower, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance.Between(lower, k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(2, lower.Length / 3))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Word, StringComparer.Ordinal)
            .Take(count)
            .Select(k => k.Word)
            .ToList();
    }
}
