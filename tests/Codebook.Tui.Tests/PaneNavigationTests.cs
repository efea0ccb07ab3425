using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui.Tests;

/// <summary>Tab and Shift+Tab between the panes, as the help screen says.</summary>
[TestClass]
public sealed class PaneNavigationTests
{
    [TestMethod]
    [DataRow(120, 40)]
    [DataRow(80, 24)]
    public void TabGoesRoundThePanesAndShiftTabGoesBack(int width, int height)
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, width, height);
        var seen = new List<string> { Name(window, screen.Focused) };

        for (int i = 0; i < 3; i++) seen.Add(Name(window, screen.Press(Key.Tab).Focused));
        for (int i = 0; i < 3; i++) seen.Add(Name(window, screen.Press(Key.Tab.WithShift).Focused));

        CollectionAssert.AreEqual(new[] { "reader", "transcripts", "themes", "reader", "themes", "transcripts", "reader" }, seen);
    }

    [TestMethod]
    public void EachPanelShowsItsKeysInTheStatusLineAt80ColumnsAndEscComesBackToTheReader()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 80, 24);

        foreach (var (key, panel) in new (char, Panels.Panel)[] { ('/', window.Search), ('a', window.Analyses), ('D', window.CodebookDiff) })
        {
            screen.Press(key);
            Assert.IsTrue(panel.Visible, panel.Title);
            StringAssert.StartsWith(screen.Rows[^1], panel.KeysLine, panel.Title);
            screen.Press(Key.Esc);
            Assert.IsFalse(panel.Visible, panel.Title);
            Assert.AreEqual("reader", Name(window, screen.Focused));
        }
        screen.Press('R', Key.Esc);
        Assert.IsFalse(window.Review.Visible, "Esc in the theme picker leaves review mode");
        Assert.IsTrue(Help.KeyHelp.WindowKeys.Any(k => k.Keys.StartsWith("Tab")), "the help says what Tab does");
    }

    private static string Name(MainWindow window, View? view)
    {
        for (var v = view; v is not null; v = v.SuperView)
        {
            if (v == window.Reader) return "reader";
            if (v == window.Transcripts) return "transcripts";
            if (v == window.Themes) return "themes";
            if (v == window.Detail) return "detail";
        }
        return view?.GetType().Name ?? "null";
    }
}
