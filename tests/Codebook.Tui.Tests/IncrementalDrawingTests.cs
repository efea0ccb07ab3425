using Terminal.Gui.Input;

namespace Codebook.Tui.Tests;

/// <summary>The main screen redraws only what changed (the reader's and the panes' cells that differ, not the frames
/// around them): after any key, every cell is what clearing the screen and drawing it whole gives.</summary>
[TestClass]
public sealed class IncrementalDrawingTests
{
    [TestMethod]
    public void AfterEachKeyTheScreenIsTheScreenDrawnWhole()
    {
        using var study = new Study("fr01-nadia.txt", "es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 100, 30);
        Key[][] steps =
        [
            [Key.PageDown], [Key.CursorDown, Key.CursorDown], [Key.CursorRight.WithShift, Key.CursorRight.WithShift],
            [Key.Esc], [new Key('?')], [Key.Esc], [new Key('t')], [Key.Esc], [Key.Tab], [Key.CursorDown], [Key.Tab],
            [Key.CursorDown], [Key.Tab], [new Key('a')], [Key.Esc], [new Key(']'), new Key(']')], [Key.PageUp],
        ];
        foreach (var step in steps)
        {
            screen.Press(step);
            var drawn = screen.Cells();
            var whole = screen.RedrawnWhole().Cells();
            for (int y = 0; y < whole.GetLength(0); y++)
            {
                for (int x = 0; x < whole.GetLength(1); x++)
                {
                    Assert.AreEqual(whole[y, x], drawn[y, x], $"cell {x},{y} after {string.Join(" ", step.Select(k => k.ToString()))}:\n{screen.Text}");
                }
            }
        }
    }
}
