using Codebook.Search.Analysis;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Tests.Analysis;

[TestClass]
public sealed class SnowballStopWordsTests
{
    [TestMethod]
    public void TheFrenchListIsLucenesDefaultStopSet() => SameWords(FrenchAnalyzer.DefaultStopSet, "french_stop.txt");

    [TestMethod]
    public void TheSpanishListIsLucenesDefaultStopSet() => SameWords(SpanishAnalyzer.DefaultStopSet, "spanish_stop.txt");

    private static void SameWords(CharArraySet lucenes, string name)
    {
        var read = SnowballStopWords.Read(name);
        Assert.IsTrue(read.Count > 100, $"{read.Count} words");
        CollectionAssert.AreEquivalent(lucenes.Order(StringComparer.Ordinal).ToArray(), read.Distinct().Order(StringComparer.Ordinal).ToArray());
    }
}
