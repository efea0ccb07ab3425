namespace Codebook.Core.Agreement;

/// <summary>Fleiss' κ (1971) for m coders per unit: P̄ = mean over units of Σ_j n_ij(n_ij - 1) / (m(m - 1)),
/// P̄_e = Σ_j p_j² with p_j the share of all values in category j; κ = (P̄ - P̄_e) / (1 - P̄_e). Fleiss assumes the
/// same number of values per unit, so only units every coder gave a value to count.</summary>
public static class FleissKappa
{
    public static Coefficient Of(ReliabilityData data)
    {
        var units = data.Complete().ToList();
        int m = data.Coders;
        int count = units.Sum(u => u.Count);
        if (count == 0 || m < 2) return Coefficient.Undefined(0);
        double observed = units.Sum(u => u.Count * u.Values.GroupBy(v => v).Sum(g => (double)g.Count() * (g.Count() - 1)) / (m * (m - 1.0))) / count;
        double total = (double)count * m;
        double expected = units.SelectMany(u => u.Values.Select(v => (Value: v, u.Count))).GroupBy(x => x.Value)
            .Sum(g => Math.Pow(g.Sum(x => (double)x.Count) / total, 2));
        return Coefficient.FromAgreement(observed, expected, count);
    }
}
