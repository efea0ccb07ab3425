namespace Codebook.Core.Agreement;

/// <summary>Cohen's κ (1960) for two coders: (p_o - p_e) / (1 - p_e), where p_e = Σ_c p_A(c)·p_B(c) from each coder's
/// own marginal proportions, over the units both coders gave a value to.</summary>
public static class CohenKappa
{
    public static Coefficient Of(ReliabilityData data)
    {
        if (data.Coders != 2) throw new ArgumentException("Cohen's kappa is for two coders", nameof(data));
        var units = data.Complete().ToList();
        int total = units.Sum(u => u.Count);
        if (total == 0) return Coefficient.Undefined(0);
        double n = total;
        double observed = units.Where(u => u.Values[0] == u.Values[1]).Sum(u => u.Count) / n;
        var first = units.GroupBy(u => u.Values[0]).ToDictionary(g => g.Key, g => g.Sum(u => u.Count) / n, StringComparer.Ordinal);
        double expected = units.GroupBy(u => u.Values[1]).Sum(g => first.GetValueOrDefault(g.Key) * (g.Sum(u => u.Count) / n));
        return Coefficient.FromAgreement(observed, expected, total);
    }
}
