using Codebook.Core.Codings;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Tests.Text;

[TestClass]
public sealed class WordsTests
{
    [TestMethod]
    [DataRow('é', true)]
    [DataRow('ñ', true)]
    [DataRow('7', true)]
    [DataRow('\u0301', true)] // combining acute accent, the second unit of a decomposed "é"
    [DataRow('\u0303', true)] // combining tilde, of a decomposed "ñ"
    [DataRow('\'', false)]
    [DataRow('’', false)]
    [DataRow('-', false)]
    [DataRow(' ', false)]
    [DataRow('«', false)]
    public void AWordIsMadeOfLettersDigitsAndTheirMarks(char c, bool part) => Assert.AreEqual(part, Words.IsWordPart(c));

    [TestMethod]
    [DataRow('\'', true)]
    [DataRow('’', true)]
    [DataRow('-', true)]
    [DataRow('.', false)]
    [DataRow('/', false)]
    public void ApostrophesAndHyphensJoinAWord(char c, bool joiner) => Assert.AreEqual(joiner, Words.IsJoiner(c));

    [TestMethod]
    [DataRow("été", 1)]
    [DataRow("e\u0301te\u0301", 1)] // decomposed: as many words as composed
    [DataRow("la cancio\u0301n espan\u0303ola", 3)]
    [DataRow("l'école, l’homme et aujourd'hui", 4)] // French elisions stay with their word
    [DataRow("peut-être", 1)]
    [DataRow("- Oui - non -", 2)] // a hyphen does not start a word
    [DataRow("' quoted '", 1)]
    [DataRow("en 2024, 3 fois", 4)]
    public void WordsCountTheSameComposedOrDecomposed(string text, int words) => Assert.AreEqual(words, TextStatistics.CountWords(text));

    [TestMethod]
    public void WordMarksCountADecomposedWordAsTheTextDoes()
    {
        const string text = "Je suis alle\u0301e a\u0300 l’e\u0301cole.";
        Assert.AreEqual(TextStatistics.CountWords(text), WordMarks.Of(text).CountWords(new TextSpan(0, text.Length)));
        Assert.AreEqual(5, TextStatistics.CountWords(text));
    }

    [TestMethod]
    public void ABoundaryIsNotBetweenALetterAndItsMark()
    {
        const string text = "cafe\u0301 noir";
        Assert.IsFalse(Words.IsBoundary(text, 4), "between e and its accent");
        Assert.IsTrue(Words.IsBoundary(text, 5));
        Assert.IsTrue(Words.IsBoundary(text, 0));
        Assert.IsTrue(Words.IsBoundary(text, text.Length));
        Assert.IsFalse(Words.IsBoundary("42", 1), "between two digits");
    }

    [TestMethod]
    public void SnappingKeepsADecomposedAccentWithItsWord()
    {
        const string text = "un cafe\u0301 noir";
        Assert.AreEqual(new TextSpan(3, 8), WordBoundaries.Snap(text, new TextSpan(4, 6)));
        Assert.AreEqual(new TextSpan(3, 8), WordBoundaries.Snap(text, new TextSpan(7, 8)));
    }
}
