using Codebook.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Core.Tests.Model;

/// <summary>Words counted from a text's marks are the words counted in the text itself, for any part of it: the
/// tricky characters (apostrophes and hyphens inside, before and after words, digits, accents) drawn often.</summary>
[TestClass]
public sealed class WordMarksProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(1000);

    [TestMethod]
    public void AnySpanHasTheWordsOfItsText()
    {
        CheckSpansOf(Gen.ArrayOf(Gen.Elements('a', 'é', '9', '\'', '’', '-', ' ', '\n', '.', '¿', 'Ç')));
    }

    /// <summary>Texts of several blocks of 64 marks, so that words and runs of joiners straddle the blocks' edges.</summary>
    [TestMethod]
    public void AnySpanOfALongTextHasTheWordsOfItsText()
    {
        CheckSpansOf(from length in Gen.Choose(0, 400) from chars in Gen.ArrayOf(Gen.Elements('a', '9', '\'', '-', '-', ' ', '.'), length) select chars);
    }

    /// <summary>Any span of any text drawn from <paramref name="texts"/> counts, from the marks, the words of its text.</summary>
    private static void CheckSpansOf(Gen<char[]> texts)
    {
        var cases = from chars in texts
                    let text = new string(chars)
                    from start in Gen.Choose(0, text.Length)
                    from end in Gen.Choose(start, text.Length)
                    select (text, new TextSpan(start, end));

        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), x =>
            Assert.AreEqual(TextStatistics.CountWords(x.text.AsSpan(x.Item2.Start, x.Item2.Length)), WordMarks.Of(x.text).CountWords(x.Item2), x.text)));
    }

    [TestMethod]
    public void SpansAcrossManyBlocksOfMarksCountAsTheTextDoes()
    {
        string text = string.Concat(Enumerable.Repeat("C'est-à-dire, l’école d'aujourd'hui -- 45 minutes. ", 40));
        var marks = WordMarks.Of(text);

        foreach (var (start, end) in new[] { (0, text.Length), (63, 64), (5, 700), (64, 1987), (text.Length, text.Length) })
        {
            Assert.AreEqual(TextStatistics.CountWords(text.AsSpan(start, end - start)), marks.CountWords(new TextSpan(start, end)));
        }
    }
}
