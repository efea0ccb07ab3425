using Codebook.Core.Model;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests.Framework;

/// <summary>The framework panel on the whole sample study: the grid of cases and themes, a summary written from the
/// keyboard and saved in the project file, and a cell's passage opened in the reader.</summary>
[TestClass]
public sealed class FrameworkPanelTests
{
    private static Study _study = null!;

    [ClassInitialize]
    public static void BuildTheSampleStudy(TestContext _) => _study = Study.Sample();

    [ClassCleanup]
    public static void Remove() => _study.Dispose();

    [TestMethod]
    public void EnterWritesTheSummaryOfTheCellTheArrowsChoseAndUndoTakesItBack()
    {
        var window = new MainWindow(_study.Session);
        using var screen = new Screen(window, 120, 40);

        screen.Press(new Key('F'), Key.CursorRight, Key.CursorDown, Key.Enter).Type("Counts every call").Press(Key.Enter);

        var cell = window.Framework.Cell!;
        Assert.AreEqual((1, 1), (window.Framework.Row, window.Framework.Column));
        var memo = _study.Store.Memos().Single(m => m.Target == MemoTarget.FrameworkCell);
        Assert.AreEqual((cell.Case.Id, cell.Theme.Id, "Counts every call", "ana"), (memo.TargetId, memo.ThemeId, memo.Text, memo.Author));
        StringAssert.Contains(screen.Text, "Counts every call");
        StringAssert.Contains(screen.Text, $"{_study.Store.Cases().Count} cases × {_study.Store.Themes().Count} themes · summaries written: 1");

        _study.Session.Undo();
        Assert.IsFalse(_study.Store.Memos().Any(m => m.Target == MemoTarget.FrameworkCell));
    }

    [TestMethod]
    public void GOpensTheChosenPassageOfTheCellInTheReader()
    {
        var window = new MainWindow(_study.Session);
        using var screen = new Screen(window, 120, 40);
        screen.Press(new Key('F'));
        while (window.Framework.Cell is { Codings.Count: < 2 }) screen.Press(Key.CursorRight);
        var cell = window.Framework.Cell!;

        screen.Press(Key.N, Key.G);

        var second = cell.Codings[1];
        Assert.IsFalse(window.Framework.Visible);
        Assert.AreEqual(second.TranscriptId, window.Reader.Transcript!.Id);
        Assert.AreEqual(second.Span, window.Reader.Selection);
    }
}
