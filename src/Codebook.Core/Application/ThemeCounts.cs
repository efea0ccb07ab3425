using Codebook.Core.Model;

namespace Codebook.Core.Application;

/// <summary>How many codings each theme has, as the codebook beside its tree shows them (a theme without codings is
/// absent: its count is 0).</summary>
public static class ThemeCounts
{
    public static IReadOnlyDictionary<string, int> Of(IEnumerable<Coding> codings) =>
        codings.GroupBy(c => c.ThemeId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
