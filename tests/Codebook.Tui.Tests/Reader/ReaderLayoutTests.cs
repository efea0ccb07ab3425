using Codebook.Core.Model;
using Codebook.Tui.Reader;
using Codebook.Tui.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Tui.Tests.Reader;

[TestClass]
public sealed class ReaderLayoutTests
{
    private static Transcript Sample()
    {
        using var study = new Study("fr01-nadia.txt");
        return study.Store.RequireOne();
    }

    [TestMethod]
    public void RowsFitTheWidthAndCoverEveryWordInOrder()
    {
        var transcript = Sample();
        var layout = ReaderLayout.Wrap(transcript, 40);
        Assert.IsTrue(layout.Rows.All(r => r.End - r.Start <= 40));
        var rejoined = string.Join(" ", layout.Rows.Select(r => transcript.Text[r.Start..r.End]).Where(t => t.Length > 0));
        var words = transcript.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEqual(words, rejoined.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreEqual(transcript.Text.Count(c => c == '\n') + 1, layout.Rows.Count(r => r.FirstOfLine));
    }

    [TestMethod]
    public void ALongLineBreaksAtSpacesAndKeepsItsNumberOnTheFirstRowOnly()
    {
        var transcript = new Transcript { Id = "t", Text = "uno dos tres cuatro\ncinco" };
        var layout = ReaderLayout.Wrap(transcript, 9);
        CollectionAssert.AreEqual(new[] { "uno dos", "tres", "cuatro", "cinco" }, layout.Rows.Select(r => transcript.Text[r.Start..r.End]).ToArray());
        CollectionAssert.AreEqual(new[] { 1, 1, 1, 2 }, layout.Rows.Select(r => r.Line).ToArray());
        CollectionAssert.AreEqual(new[] { true, false, false, true }, layout.Rows.Select(r => r.FirstOfLine).ToArray());
        Assert.AreEqual(1, layout.RowAt(transcript.Text.IndexOf("tres")));
        Assert.AreEqual(2, layout.RowAt(transcript.Text.IndexOf('\n')), "the line feed belongs to the row it ends");
    }

    [TestMethod]
    public void AWordLongerThanTheWidthIsCut()
    {
        var transcript = new Transcript { Id = "t", Text = "anticonstitucionalmente" };
        var layout = ReaderLayout.Wrap(transcript, 10);
        CollectionAssert.AreEqual(new[] { "anticonsti", "tucionalme", "nte" }, layout.Rows.Select(r => transcript.Text[r.Start..r.End]).ToArray());
    }

    [TestMethod]
    [DataRow(7)]
    [DataRow(40)]
    [DataRow(113)]
    public void RowsWrappedAsTheyAreAskedForAreTheRowsOfTheWholeTranscript(int width)
    {
        var transcript = Sample();
        var expected = WholeWrap(transcript, width);
        // From the middle backwards, then the rest: each answer wraps only what it needs, and must not depend on the order.
        var layout = ReaderLayout.Wrap(transcript, width);
        for (int i = expected.Count / 2; i >= 0; i--) Assert.AreEqual(expected[i], layout.Row(i), $"row {i}");
        Assert.IsFalse(layout.Has(expected.Count));
        Assert.AreEqual(expected.Count - 1, layout.Clamp(int.MaxValue));
        CollectionAssert.AreEqual(expected, layout.Rows.ToList());
        // The row of every offset, each on a fresh layout that has wrapped nothing before it.
        for (int offset = 0; offset <= transcript.Text.Length; offset += 97)
        {
            Assert.AreEqual(RowOf(expected, offset), ReaderLayout.Wrap(transcript, width).RowAt(offset), $"offset {offset}");
        }
    }

    [TestMethod]
    public void AnyTextWrapsToTheSameRowsWhateverOrderTheyAreAskedIn()
    {
        var pieces = Gen.Elements("uno ", "dos", " ", "  ", "\n", "\n\n", "anticonstitucionalmente", "é", "tres. ");
        var texts = pieces.ListOf().Select(p => string.Concat(p));
        var cases = texts.SelectMany(text => Gen.Choose(1, 30).SelectMany(width => Gen.Choose(0, Math.Max(0, text.Length)).Select(probe => (text, width, probe))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var transcript = new Transcript { Id = "t", Text = c.text };
            var expected = WholeWrap(transcript, c.width);
            var layout = ReaderLayout.Wrap(transcript, c.width);
            Assert.AreEqual(RowOf(expected, c.probe), layout.RowAt(c.probe));
            Assert.AreEqual(expected[Math.Min(c.probe, expected.Count - 1)], layout.Row(c.probe));
            CollectionAssert.AreEqual(expected, layout.Rows.ToList());
        }));
    }

    /// <summary>Every line wrapped up front, as the layout did before it wrapped lazily.</summary>
    private static List<DisplayLine> WholeWrap(Transcript transcript, int width)
    {
        var lines = new LineStarts(transcript.Text);
        var rows = new List<DisplayLine>();
        for (int line = 1; line <= lines.Count; line++)
        {
            var turn = transcript.Turns.LastOrDefault(t => t.Line <= line && line <= t.EndLine)?.Index ?? -1;
            var pieces = Wrapping.Pieces(transcript.Text, lines.StartOf(line), lines.EndOf(line), width).ToList();
            rows.AddRange(pieces.Select((p, i) => new DisplayLine(p.Start, p.End, line, turn, i == 0)));
        }
        return rows;
    }

    /// <summary>The last row starting at or before the offset.</summary>
    private static int RowOf(List<DisplayLine> rows, int offset) => Math.Max(0, rows.FindLastIndex(r => r.Start <= offset));
}
