namespace Codebook.Core.Agreement;

/// <summary>Krippendorff's α for nominal data, any number of coders, missing values allowed (Krippendorff 2004,
/// "Computing Krippendorff's alpha-reliability" 2011). Each unit with m_u ≥ 2 values adds every ordered pair of its
/// values to the coincidence matrix with weight 1/(m_u - 1); with n_c the marginals and n their sum,
/// D_o = Σ_{c≠k} o_ck / n, D_e = Σ_{c≠k} n_c·n_k / (n(n - 1)), α = 1 - D_o / D_e.</summary>
public static class KrippendorffAlpha
{
    public static Coefficient Nominal(ReliabilityData data)
    {
        double disagreeing = 0;
        var marginals = new Dictionary<string, double>(StringComparer.Ordinal);
        int units = 0;
        foreach (var (values, count) in data.Pairable())
        {
            units += count;
            double weight = (double)count / (values.Count - 1);
            for (int i = 0; i < values.Count; i++)
            {
                // A value's row of the coincidence matrix sums to (m_u - 1) pairs × 1/(m_u - 1) = 1, once per unit like it.
                marginals[values[i]] = marginals.GetValueOrDefault(values[i]) + count;
                for (int j = 0; j < values.Count; j++)
                {
                    if (i != j && values[i] != values[j]) disagreeing += weight;
                }
            }
        }
        double n = marginals.Values.Sum();
        if (n < 2) return Coefficient.Undefined(units);
        // Σ_{c≠k} n_c n_k = n² - Σ_c n_c².
        double chancePairs = n * n - marginals.Values.Sum(v => v * v);
        return Coefficient.FromDisagreement(disagreeing / n, chancePairs / (n * (n - 1)), units);
    }
}
