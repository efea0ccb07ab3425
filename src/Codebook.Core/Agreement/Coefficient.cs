namespace Codebook.Core.Agreement;

/// <summary>One agreement coefficient: its value (null when undefined, e.g. no variation at all), the units it was
/// computed over, and the two quantities it compares.</summary>
/// <param name="Observed">Observed agreement (κ, percent) or observed disagreement D_o (α).</param>
/// <param name="Expected">Agreement expected by chance (κ) or expected disagreement D_e (α); null for percent agreement.</param>
public sealed record Coefficient(double? Value, int Units, double? Observed = null, double? Expected = null)
{
    public static Coefficient Undefined(int units) => new(null, units);

    /// <summary>1 - observed/expected disagreement, undefined when nothing could be expected to disagree.</summary>
    public static Coefficient FromDisagreement(double observed, double expected, int units) =>
        new(expected > 0 ? 1 - observed / expected : null, units, observed, expected);

    /// <summary>(observed - expected) / (1 - expected) agreement, undefined when chance alone agrees perfectly.</summary>
    public static Coefficient FromAgreement(double observed, double expected, int units) =>
        new(expected < 1 ? (observed - expected) / (1 - expected) : null, units, observed, expected);
}
