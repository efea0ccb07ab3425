using Codebook.Tui.Text;
using FsCheck;
using FsCheck.Fluent;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Codebook.Tui.Tests.Text;

/// <summary>Text written straight into the screen's cells leaves every cell as Terminal.Gui's <c>AddStr</c> does,
/// whatever the text (accents, combining marks, wide characters, tabs), wherever it starts, and whatever the screen
/// showed before; and only the cells that changed are sent to the terminal.</summary>
[TestClass]
public sealed class ScreenCellsTests
{
    private const int Width = 12, Height = 3;

    private static readonly Attribute Red = new(new Color(200, 0, 0), new Color(0, 0, 0));

    private static readonly Attribute Blue = new(new Color(0, 0, 200), new Color(255, 255, 255), TextStyle.Bold);

    [TestMethod]
    public void AnyTextLeavesTheCellsAsAddStrLeavesThem()
    {
        var pieces = Gen.Elements("a", "Z", " ", "é", "e\u0301", "\u0301", "中", "—", "…", "\u00AD", "😀", "\t", "ß", "┃", "abc ");
        var texts = pieces.ListOf().Select(p => string.Concat(p));
        var cases = texts.SelectMany(before => texts.SelectMany(text => Gen.Choose(-2, Width + 1).Select(x => (before, text, x))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = Cells(c.before, c.text, c.x, direct: false);
            var actual = Cells(c.before, c.text, c.x, direct: true);
            for (int y = 0; y < expected.GetLength(0); y++)
            {
                for (int x = 0; x < expected.GetLength(1); x++)
                {
                    Assert.AreEqual(expected[y, x].Grapheme, actual[y, x].Grapheme, $"grapheme at {x},{y} of '{c.text}' at {c.x} over '{c.before}'");
                    Assert.AreEqual(expected[y, x].Attribute, actual[y, x].Attribute, $"attribute at {x},{y} of '{c.text}' at {c.x} over '{c.before}'");
                }
            }
        }));
    }

    [TestMethod]
    public void OnlyTheCellsThatChangedAreMarkedForTheTerminal()
    {
        var pane = new Painted { X = 1, Y = 1, Width = Width - 2, Height = 1, Shown = "uno dos", Direct = true };
        using var screen = Framed(pane);
        pane.Shown = "uno tres";
        pane.SetNeedsDraw();
        screen.Window.Draw();
        // Away from the frame, whose border marks the cell on its right when it is drawn again.
        var row = Enumerable.Range(0, Width - 2).Select(x => screen.Cell(pane.FrameToScreen().X + x, pane.FrameToScreen().Y).IsDirty).ToList();
        CollectionAssert.AreEqual(new[] { false, false, false, false, true, true, true, true, false, false }, row);
    }

    /// <summary>The screen after <paramref name="before"/> was drawn and then <paramref name="text"/> over it, from
    /// column <paramref name="x"/> of a framed pane, with <c>AddStr</c> or straight into the cells.</summary>
    private static Cell[,] Cells(string before, string text, int x, bool direct)
    {
        var pane = new Painted { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Shown = before, Direct = false, Attribute = Blue };
        using var screen = Framed(pane);
        (pane.Shown, pane.Direct, pane.Column, pane.Attribute) = (text, direct, x, Red);
        pane.SetNeedsDraw();
        screen.Press();
        return (Cell[,])screen.Window.App!.Driver!.Contents!.Clone();
    }

    private static Screen Framed(View pane)
    {
        var frame = new FrameView { X = 0, Y = 0, Width = Width + 2, Height = Height + 2 };
        frame.Add(pane);
        var window = new Window { BorderStyle = LineStyle.None };
        window.Add(frame);
        return new Screen(window, Width + 4, Height + 3);
    }

    /// <summary>A view that draws its text on its first row, with <c>AddStr</c> or with <see cref="ScreenCells"/>, over
    /// what it drew before (no clear).</summary>
    private sealed class Painted : View
    {
        public string Shown { get; set; } = "";

        public bool Direct { get; set; }

        public int Column { get; set; }

        public Attribute Attribute { get; set; } = Red;

        protected override bool OnDrawingContent(DrawContext? context)
        {
            if (Direct) ScreenCells.Write(this, Column, 0, Shown, Attribute);
            else
            {
                SetAttribute(Attribute);
                AddStr(Column, 0, Shown);
            }
            return true;
        }

        protected override bool OnClearingViewport() => true;
    }
}
