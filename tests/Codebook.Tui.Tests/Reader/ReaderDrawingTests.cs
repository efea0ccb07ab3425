using Codebook.Core.Model;
using Codebook.Tui.Reader;
using Codebook.Tui.Themes;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Codebook.Tui.Tests.Reader;

/// <summary>The reader alone on a small screen: each character in its cell with its colours, whatever runs the
/// reader draws them in, and nothing left over from a screen drawn before.</summary>
[TestClass]
public sealed class ReaderDrawingTests
{
    private const string Text = "uno dos tres cuatro\ncinco seis\nsiete";

    private static readonly Theme Red = new() { Id = "red", Label = "Red", Color = "#C00000" };

    private static (Screen Screen, TranscriptReader Reader) Open(int height)
    {
        var transcript = new Transcript { Id = "t", Text = Text };
        var coding = new Coding { Id = "c1", TranscriptId = "t", ThemeId = "red", Coder = "ana", Start = Text.IndexOf("dos"), End = Text.IndexOf(" cuatro") };
        var reader = new TranscriptReader { Width = Terminal.Gui.ViewBase.Dim.Fill(), Height = Terminal.Gui.ViewBase.Dim.Fill() };
        var window = new Window { BorderStyle = Terminal.Gui.Drawing.LineStyle.None };
        window.Add(reader);
        reader.Show(transcript, [coding], new Dictionary<string, Theme> { ["red"] = Red });
        reader.SetFocus();
        return (new Screen(window, 30, height), reader);
    }

    [TestMethod]
    public void EachCharacterIsInItsCellWithItsThemeColourAndTheCaretOnTheCursor()
    {
        var (screen, reader) = Open(5);
        using var _ = screen;
        int x0 = reader.GutterWidth;
        StringAssert.StartsWith(screen.Rows[0], "  1");
        Assert.AreEqual("uno dos tres cuatro", screen.Rows[0][x0..].TrimEnd());
        Assert.AreEqual("cinco seis", screen.Rows[1][x0..].TrimEnd());
        var red = ThemeColors.Highlight(ThemeColors.Of(Red));
        for (int i = 0; i < "uno dos tres cuatro".Length; i++)
        {
            var cell = screen.Cell(x0 + i, 0);
            Assert.AreEqual(Text[i].ToString(), cell.Grapheme, $"column {i}");
            bool coded = i >= Text.IndexOf("dos") && i < Text.IndexOf(" cuatro");
            bool caret = i == 0;
            Assert.AreEqual(coded, cell.Attribute!.Value == red, $"column {i}");
            Assert.AreEqual(caret, cell.Attribute!.Value.Background == new Terminal.Gui.Drawing.Color(255, 215, 0), $"column {i}");
        }
        Assert.AreEqual(Stripe(), screen.Cell(reader.GutterWidth - 2, 0).Grapheme);
    }

    [TestMethod]
    public void ASelectionIsReversed()
    {
        var (screen, reader) = Open(5);
        using var _ = screen;
        int x0 = reader.GutterWidth;
        screen.Press(Key.CursorRight.WithShift, Key.CursorRight.WithShift);
        Assert.IsTrue(screen.Cell(x0 + 1, 0).Attribute!.Value.Style.HasFlag(Terminal.Gui.Drawing.TextStyle.Reverse), "selected");
        Assert.IsFalse(screen.Cell(x0 + 3, 0).Attribute!.Value.Style.HasFlag(Terminal.Gui.Drawing.TextStyle.Reverse), "not selected");
    }

    [TestMethod]
    public void ARowDrawnAgainKeepsNothingOfTheRowItReplaces()
    {
        var (screen, reader) = Open(2);
        using var _ = screen;
        int x0 = reader.GutterWidth;
        // Two rows down on a two-row screen: the first row now shows the second line, shorter than the first.
        screen.Press(Key.CursorDown, Key.CursorDown);
        Assert.AreEqual(1, reader.TopRow);
        Assert.AreEqual("cinco seis", screen.Rows[0][x0..].TrimEnd(), screen.Text);
        Assert.AreEqual("  2", screen.Rows[0][..3]);
        var red = ThemeColors.Highlight(ThemeColors.Of(Red));
        for (int x = x0; x < 30; x++) Assert.AreNotEqual(red, screen.Cell(x, 0).Attribute!.Value, $"column {x}");
    }

    private static string Stripe() => TranscriptReader.Stripe.ToString();
}
