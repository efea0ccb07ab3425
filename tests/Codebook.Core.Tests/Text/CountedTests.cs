using System.Globalization;
using Codebook.Core.Text;

namespace Codebook.Core.Tests.Text;

[TestClass]
public sealed class CountedTests
{
    [TestMethod]
    public void EnglishTakesTheSingularForOneOnly()
    {
        Assert.AreEqual("0 codings", Counted.Of(0, "coding"));
        Assert.AreEqual("1 coding", Counted.Of(1, "coding"));
        Assert.AreEqual("2 codings", Counted.Of(2, "coding"));
        Assert.AreEqual("1 match", Counted.Of(1, "match", "matches"));
        Assert.AreEqual("3 matches", Counted.Of(3, "match", "matches"));
    }

    [TestMethod]
    public void TheCountIsWrittenInTheFormatAsked()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            Assert.AreEqual("12,345 words", Counted.Of(12_345, "word", format: "N0"));
            Assert.AreEqual("1 word", Counted.Of(1, "word", format: "N0"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [TestMethod]
    [DataRow("en", 0, false)]
    [DataRow("en", 1, true)]
    [DataRow("en", 2, false)]
    [DataRow("es", 0, false)]
    [DataRow("es", 1, true)]
    [DataRow("es", 2, false)]
    [DataRow("fr", 0, true)]
    [DataRow("fr", 1, true)]
    [DataRow("fr", 2, false)]
    [DataRow("fr-BE", 0, true)]
    public void FrenchTakesTheSingularForZeroAndOne(string language, int count, bool singular) =>
        Assert.AreEqual(singular, Counted.Singular(count, CultureInfo.GetCultureInfo(language)));
}
