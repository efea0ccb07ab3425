using Codebook.Core.Agreement;
using Codebook.Testing;

namespace Codebook.Core.Tests.Agreement;

/// <summary>The coefficients against the published values of worked examples (sources in each example file).</summary>
[TestClass]
public sealed class CoefficientsTests
{
    private static ReliabilityData Data(string file) => new(PublishedExample.Read(file).Coders.Count, PublishedExample.Read(file).Units);

    [TestMethod]
    public void KrippendorffsMatrixWithMissingValuesGivesNominalAlpha0743()
    {
        var alpha = KrippendorffAlpha.Nominal(Data("krippendorff-2011.txt"));

        Assert.AreEqual(0.743, alpha.Value!.Value, 0.0005);
        // Krippendorff (2011) also gives n = 40 pairable values in 11 pairable units (unit 12 has one value).
        Assert.AreEqual(11, alpha.Units);
    }

    [TestMethod]
    public void Fleiss1971TableGivesKappa0430()
    {
        var kappa = FleissKappa.Of(Data("fleiss-1971.txt"));

        Assert.AreEqual(0.430, kappa.Value!.Value, 0.0005);
        Assert.AreEqual(30, kappa.Units);
    }

    [TestMethod]
    public void CohenYesNoExampleGivesKappa04()
    {
        var data = Data("cohen-yes-no.txt");
        var kappa = CohenKappa.Of(data);

        Assert.AreEqual(0.4, kappa.Value!.Value, 0.0005);
        Assert.AreEqual(0.7, kappa.Observed!.Value, 1e-9);
        Assert.AreEqual(0.5, kappa.Expected!.Value, 1e-9);
        Assert.AreEqual(0.7, PercentAgreement.Of(data).Value!.Value, 1e-9);
    }

    [TestMethod]
    public void PerfectAgreementOnOneValueLeavesKappaAndAlphaUndefined()
    {
        var data = ReliabilityData.Of([["0", "0"], ["0", "0"]]);

        Assert.IsNull(CohenKappa.Of(data).Value);
        Assert.IsNull(KrippendorffAlpha.Nominal(data).Value);
        Assert.AreEqual(1.0, PercentAgreement.Of(data).Value);
    }

    [TestMethod]
    public void AlphaIgnoresUnitsWithOneValue()
    {
        var withLone = ReliabilityData.Of([["a", "a"], ["a", "b"], ["b", "b"], [null, "b"]]);
        var without = ReliabilityData.Of([["a", "a"], ["a", "b"], ["b", "b"]]);

        Assert.AreEqual(KrippendorffAlpha.Nominal(without).Value, KrippendorffAlpha.Nominal(withLone).Value);
    }
}
