using Codebook.Core.Model;
using Codebook.Tui.Reader;

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
    public void Rows_fit_the_width_and_cover_every_word_in_order()
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
    public void A_long_line_breaks_at_spaces_and_keeps_its_number_on_the_first_row_only()
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
    public void A_word_longer_than_the_width_is_cut()
    {
        var transcript = new Transcript { Id = "t", Text = "anticonstitucionalmente" };
        var layout = ReaderLayout.Wrap(transcript, 10);
        CollectionAssert.AreEqual(new[] { "anticonsti", "tucionalme", "nte" }, layout.Rows.Select(r => transcript.Text[r.Start..r.End]).ToArray());
    }
}
