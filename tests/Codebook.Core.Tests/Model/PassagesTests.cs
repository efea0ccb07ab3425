using Codebook.Core.Model;

namespace Codebook.Core.Tests.Model;

[TestClass]
public sealed class PassagesTests
{
    private static Transcript OneTurn(string words)
    {
        const string label = "NADIA : ";
        return new Transcript
        {
            Id = "t",
            Text = label + words,
            Turns = [new Turn { Index = 0, Speaker = "NADIA", Label = new TextSpan(0, label.Length), Words = new TextSpan(label.Length, label.Length + words.Length) }],
        };
    }

    [TestMethod]
    public void AShortTurnIsOnePassage()
    {
        var transcript = OneTurn("On encode tout. Chaque appel.");

        var passage = Passages.Of(transcript).Single();

        Assert.AreEqual(transcript.Turns[0].Words, passage.Span);
        Assert.AreEqual(0, passage.TurnIndex);
    }

    [TestMethod]
    public void ALongTurnIsSplitAtSentenceEndsAndCoversAllItsWords()
    {
        var sentence = "On encode chaque appel dans le logiciel, même les plus courts, parce que le tableau de bord le demande. ";
        var transcript = OneTurn(string.Concat(Enumerable.Repeat(sentence, 40)).TrimEnd());

        var passages = Passages.Of(transcript);

        Assert.IsGreaterThan(1, passages.Count);
        Assert.AreEqual(transcript.Turns[0].Words.Start, passages[0].Span.Start);
        Assert.AreEqual(transcript.Turns[0].Words.End, passages[^1].Span.End);
        foreach (var passage in passages)
        {
            Assert.IsLessThanOrEqualTo(Passages.MaxLength, passage.Span.Length);
            Assert.AreEqual('O', transcript.Text[passage.Span.Start], "each passage starts at a sentence");
        }
        for (int i = 1; i < passages.Count; i++)
        {
            Assert.AreEqual(i, passages[i].Index);
            Assert.IsTrue(string.IsNullOrWhiteSpace(transcript.Text[passages[i - 1].Span.End..passages[i].Span.Start]), "nothing but space between passages");
        }
    }

    [TestMethod]
    public void ATurnWithoutSentenceEndsIsStillCut()
    {
        var transcript = OneTurn(new string('a', Passages.MaxLength * 2 + 10));

        var passages = Passages.Of(transcript);

        Assert.HasCount(3, passages);
        Assert.AreEqual(transcript.Turns[0].Words.End, passages[^1].Span.End);
    }
}
