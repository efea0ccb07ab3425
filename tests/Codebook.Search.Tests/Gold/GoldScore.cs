namespace Codebook.Search.Tests.Gold;

/// <summary>What one query, or a group of them, found against what it had to: passages found and expected (true
/// positives), found but not expected, expected but not found; and the near misses it found.</summary>
internal sealed record GoldScore(int Queries, int Found, int Wrong, int Missed, int NearMisses)
{
    public static GoldScore Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>1 when nothing was found and nothing had to be.</summary>
    public double Precision => Found + Wrong == 0 ? 1 : (double)Found / (Found + Wrong);

    public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);

    public GoldScore Plus(GoldScore other) =>
        new(Queries + other.Queries, Found + other.Found, Wrong + other.Wrong, Missed + other.Missed, NearMisses + other.NearMisses);
}
