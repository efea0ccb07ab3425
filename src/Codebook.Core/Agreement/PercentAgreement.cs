namespace Codebook.Core.Agreement;

/// <summary>The share of agreeing pairs of values within units: for two coders, the share of units they agree on.</summary>
public static class PercentAgreement
{
    public static Coefficient Of(ReliabilityData data)
    {
        long agreeing = 0, pairs = 0;
        int units = 0;
        foreach (var (values, count) in data.Pairable())
        {
            units += count;
            for (int i = 0; i < values.Count; i++)
            {
                for (int j = i + 1; j < values.Count; j++)
                {
                    pairs += count;
                    if (values[i] == values[j]) agreeing += count;
                }
            }
        }
        return pairs == 0 ? Coefficient.Undefined(0) : new Coefficient((double)agreeing / pairs, units, (double)agreeing / pairs);
    }
}
