using Codebook.Core.Model;

namespace Codebook.Core.Tests.Model;

[TestClass]
public sealed class TextStatisticsTests
{
    [TestMethod]
    [DataRow("", 0)]
    [DataRow("   \n ", 0)]
    [DataRow("On encode tout.", 3)]
    [DataRow("l’école d'aujourd'hui", 2)]
    [DataRow("NADIA : c'est-à-dire, 45 minutes.", 4)]
    [DataRow("¿Qué pasó? — Nada.", 3)]
    public void CountsWordsAsAReaderWould(string text, int words) =>
        Assert.AreEqual(words, TextStatistics.CountWords(text));
}
