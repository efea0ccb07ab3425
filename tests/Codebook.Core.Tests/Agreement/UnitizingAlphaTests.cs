using Codebook.Core.Agreement;
using Codebook.Testing;

namespace Codebook.Core.Tests.Agreement;

/// <summary>Unitizing α on Krippendorff's (2004, p. 254) example, with the values DKPro Statistics' test publishes.</summary>
[TestClass]
public sealed class UnitizingAlphaTests
{
    /// <summary>The example's continuum starts at 150; α_U depends only on positions relative to it, so it is moved to 0.</summary>
    private static UnitizingStudy Example()
    {
        var lines = PublishedExample.DataLines("krippendorff-2004-unitizing.txt").Select(l => l.Split(' ')).ToList();
        long begin = long.Parse(lines[0][1]), length = long.Parse(lines[0][2]);
        var segments = lines.Skip(1).Select(c => new UnitizedSegment(0, int.Parse(c[0]), long.Parse(c[1]) - begin, long.Parse(c[2]), c[3]));
        return new UnitizingStudy([length], 2, segments);
    }

    [TestMethod]
    public void OverallAlphaIs0859()
    {
        Assert.AreEqual(0.8591, UnitizingAlpha.Overall(Example()).Value!.Value, 0.0005);
    }

    [TestMethod]
    public void CategoryCHasPublishedDisagreements()
    {
        var c = UnitizingAlpha.ForCategory(Example(), "c");

        Assert.AreEqual(0.0144, c.Observed!.Value, 0.0001);
        Assert.AreEqual(0.0532, c.Expected!.Value, 0.0001);
        Assert.AreEqual(0.7286, c.Value!.Value, 0.0001);
    }

    [TestMethod]
    public void CategoryKWithIdenticalUnitsIsOne()
    {
        var k = UnitizingAlpha.ForCategory(Example(), "k");

        Assert.AreEqual(0.0, k.Observed!.Value, 1e-12);
        Assert.AreEqual(0.0490, k.Expected!.Value, 0.0001);
        Assert.AreEqual(1.0, k.Value!.Value, 1e-12);
    }

    [TestMethod]
    public void SecondContinuumWithTheSameCodingKeepsObservedDisagreementPerLength()
    {
        var one = Example();
        var two = new UnitizingStudy([300, 300], 2, one.Segments.Concat(one.Segments.Select(s => s with { Continuum = 1 })));

        // Twice the disagreement sum over twice the length, squared: half the observed disagreement.
        Assert.AreEqual(UnitizingAlpha.ObservedDisagreement(one, "c") / 2, UnitizingAlpha.ObservedDisagreement(two, "c"), 1e-12);
    }
}
