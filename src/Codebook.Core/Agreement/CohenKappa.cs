namespace Codebook.Core.Agreement;

/// <summary>Cohen's κ (1960) for two coders: (p_o - p_e) / (1 - p_e), where p_e = Σ_c p_A(c)·p_B(c) from each coder's
/// own marginal proportions, over the units both coders gave a value to.</summary>
public static class CohenKappa
{
    public static Coefficient Of(ReliabilityData data)
    {
        if (data.Coders != 2) throw new ArgumentException("Cohen's kappa is for two coders", nameof(data));
        var units = data.Complete().ToList();
        if (units.Count == 0) return Coefficient.Undefined(0);
        double n = units.Count;
        double observed = units.Count(u => u[0] == u[1]) / n;
        var first = units.GroupBy(u => u[0]).ToDictionary(g => g.Key, g => g.Count() / n, StringComparer.Ordinal);
        double expected = units.GroupBy(u => u[1]).Sum(g => first.GetValueOrDefault(g.Key) * (g.Count() / n));
        return Coefficient.FromAgreement(observed, expected, units.Count);
    }
}
