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
    public void Tab_goes_round_the_panes_and_Shift_Tab_goes_back(int width, int height)
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, width, height);
        var seen = new List<string> { Name(window, screen.Focused) };

        for (int i = 0; i < 3; i++) seen.Add(Name(window, screen.Press(Key.Tab).Focused));
        for (int i = 0; i < 3; i++) seen.Add(Name(window, screen.Press(Key.Tab.WithShift).Focused));

        CollectionAssert.AreEqual(new[] { "reader", "transcripts", "themes", "reader", "themes", "transcripts", "reader" }, seen);
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
