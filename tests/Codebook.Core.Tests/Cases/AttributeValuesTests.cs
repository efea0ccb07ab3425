using Codebook.Core.Analysis;
using Codebook.Core.Cases;
using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Tests.Cases;

[TestClass]
public sealed class AttributeValuesTests
{
    [TestMethod]
    [DataRow(new[] { "41", "3.5", "3,5", "-2" }, AttributeType.Number)]
    [DataRow(new[] { "2014-03-20", "2013-11-14" }, AttributeType.Date)]
    [DataRow(new[] { "41", "unknown" }, AttributeType.Text)]
    [DataRow(new[] { "2014-03-20", "41" }, AttributeType.Text)]
    [DataRow(new[] { "1,000.5" }, AttributeType.Text)]
    [DataRow(new[] { "20/03/2014" }, AttributeType.Text)]
    [DataRow(new string[0], AttributeType.Text)]
    public void TheTypeIsWhatEveryValueIs(string[] values, AttributeType type) =>
        Assert.AreEqual(type, AttributeValues.Infer(values));

    [TestMethod]
    public void ADeclaredTypeWinsOverTheValues()
    {
        var cases = new[] { new Case { Id = "a", Attributes = { ["zip"] = "1070" } }, new Case { Id = "b", Attributes = { ["zip"] = "1000" } } };

        var types = new AttributeTypes(cases, [new AttributeDefinition { Name = "zip", Type = AttributeType.Text }]);

        Assert.AreEqual(AttributeType.Text, types.TypeOf("zip"));
        Assert.IsTrue(types.IsDeclared("zip"));
        Assert.AreEqual(AttributeType.Number, new AttributeTypes(cases, []).TypeOf("zip"));
    }

    [TestMethod]
    public void BinsHoldTheirLowerEdge()
    {
        var bins = AttributeBins.Parse("age", AttributeType.Number, "30, 45");

        CollectionAssert.AreEqual(new[] { "< 30", "30 – < 45", "≥ 45" }, bins.Labels.ToArray());
        Assert.AreEqual("< 30", bins.BinOf("29.9"));
        Assert.AreEqual("30 – < 45", bins.BinOf("30"));
        Assert.AreEqual("30 – < 45", bins.BinOf("44,5"));
        Assert.AreEqual("≥ 45", bins.BinOf("45"));
        Assert.IsNull(bins.BinOf("unknown"));
    }

    [TestMethod]
    public void DatesAreBinnedByDay()
    {
        var bins = AttributeBins.Parse("interview-date", AttributeType.Date, "2014-01-01");

        Assert.AreEqual("< 2014-01-01", bins.BinOf("2013-12-31"));
        Assert.AreEqual("≥ 2014-01-01", bins.BinOf("2014-01-01"));
        var error = Assert.ThrowsExactly<CodebookException>(() => AttributeBins.Parse("interview-date", AttributeType.Date, "2014"));
        StringAssert.Contains(error.Message, "'2014' is not a date");
    }
}
