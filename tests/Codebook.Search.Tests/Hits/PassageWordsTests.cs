using Codebook.Search.Analysis;
using Codebook.Search.Hits;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Tests.Hits;

/// <summary>Cutting a text into words once and looking each word's term up gives every text field's tokens exactly as
/// its whole chain does: the same terms, at the same positions (stop words leave their gap) and offsets.</summary>
[TestClass]
public sealed class PassageWordsTests
{
    private static readonly string[] TextFields = [Fields.Text, Fields.TextFrench, Fields.TextSpanish];

    /// <summary>Elisions with either apostrophe, capitals, accents, stop words, numbers, hyphens, ¿ and ¡, and a
    /// word longer than the tokenizer keeps (it is dropped, and leaves a gap in the positions).</summary>
    private const string Tricky =
        "L’École qu'il a dit : « jusqu’aux RÉSISTANCES » — aujourd'hui, ¿de pronto? ¡Niños! 2015-2016 e-mail "
        + "l'organisation des femmes et de la maison, Œuvre ÇA déjà-vu corazón MAÑANA ";

    [TestMethod]
    public void WordsLookedUpGiveEachFieldsTokens()
    {
        using var words = new PassageWords();
        var analyzer = Analyzers.PerField();
        var text = Tricky + new string('x', 300) + " " + Tricky;
        foreach (var field in TextFields)
        {
            // Twice: the second time every word's term is remembered.
            CollectionAssert.AreEqual(Chain(analyzer, field, text), LookedUp(words, field, text), field);
            CollectionAssert.AreEqual(Chain(analyzer, field, text), LookedUp(words, field, text), field);
        }
    }

    [TestMethod]
    public void EverySampleInterviewGivesTheSameTokens()
    {
        using var sample = new SampleIndex();
        using var words = new PassageWords();
        var analyzer = Analyzers.PerField();
        foreach (var transcript in sample.Transcripts)
        {
            foreach (var field in TextFields)
            {
                CollectionAssert.AreEqual(Chain(analyzer, field, transcript.Text), LookedUp(words, field, transcript.Text), $"{transcript.Id} {field}");
            }
        }
    }

    private static List<(string Term, int Position, int Start, int End)> Chain(Analyzer analyzer, string field, string text) =>
        Read(analyzer.GetTokenStream(field, text));

    private static List<(string Term, int Position, int Start, int End)> LookedUp(PassageWords words, string field, string text) =>
        Read(words.Cut(text))
            .SelectMany(word => words.Terms(field, word.Term).Select(term => (term, word.Position, word.Start, word.End)))
            .ToList();

    private static List<(string Term, int Position, int Start, int End)> Read(TokenStream tokens)
    {
        using var stream = tokens;
        var read = new List<(string, int, int, int)>();
        var (term, offset, increment) = (stream.AddAttribute<ICharTermAttribute>(), stream.AddAttribute<IOffsetAttribute>(),
            stream.AddAttribute<IPositionIncrementAttribute>());
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            read.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return read;
    }
}
