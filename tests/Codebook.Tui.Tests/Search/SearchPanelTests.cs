using Codebook.Core.Model;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests.Search;

/// <summary>The search panel on a real project and its real index: keys in, screen and project file checked.</summary>
[TestClass]
public sealed class SearchPanelTests
{
    [TestMethod]
    public void TypingAQueryShowsItsHitsInContext()
    {
        using var study = new Study("es12-lucia.txt", "fr01-nadia.txt");
        var window = Window(study);
        using var screen = new Screen(window, 120, 40);

        screen.Press('/').Type("ordenador");

        Assert.IsTrue(window.Search.Visible);
        Assert.AreEqual(2, window.Search.Hits.Count, window.Search.Message);
        Assert.IsTrue(window.Search.Hits.All(h => h.TranscriptId == "es12-lucia"));
        StringAssert.Contains(screen.Text, "[ordenador]");
        StringAssert.Contains(screen.Text, "2 passages");
    }

    [TestMethod]
    public void AQueryThatCannotBeReadSaysWhyInThePanel()
    {
        using var study = new Study("es12-lucia.txt");
        var window = Window(study);
        using var screen = new Screen(window, 80, 24);

        screen.Press('/').Type("ordenador AND (");

        Assert.IsTrue(window.Search.Visible, "still open");
        Assert.IsEmpty(window.Search.Hits);
        StringAssert.Contains(screen.Text, window.Search.Message[..20]);
        screen.Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace);
        Assert.HasCount(2, window.Search.Hits, "the query reads again once fixed");
    }

    [TestMethod]
    public void EnterOpensTheTranscriptWithTheHitSelected()
    {
        using var study = new Study("es12-lucia.txt", "fr01-nadia.txt");
        var window = Window(study);
        using var screen = new Screen(window, 120, 40);
        Assert.AreEqual("es12-lucia", window.Reader.Transcript!.Id);

        screen.Press('/').Type("remplir").Press(Key.Enter);

        Assert.IsFalse(window.Search.Visible);
        var transcript = window.Reader.Transcript!;
        Assert.AreEqual("fr01-nadia", transcript.Id);
        var selection = window.Reader.Selection!.Value;
        Assert.AreEqual("remplir", transcript.Text[selection.Start..selection.End]);
        Assert.AreEqual(window.Reader, screen.Focused);
        StringAssert.Contains(screen.Text, "fr01-nadia ·");
    }

    [TestMethod]
    public void CodeAllHitsPreviewsThenCodesEveryPassageInOneChangeThatUndoTakesBack()
    {
        using var study = new Study("es12-lucia.txt", "fr01-nadia.txt");
        var window = Window(study);
        using var screen = new Screen(window, 120, 40);
        var hits = 0;

        screen.Press('/').Type("ordenador");
        hits = window.Search.Hits.Count;
        screen.Press(Key.K.WithCtrl).Type("resistencia").Press(Key.Enter);
        StringAssert.Contains(screen.Text, $"Code {hits} passages in 1 transcript with Resistance");
        Assert.IsEmpty(study.Session.Store.Codings(), "the preview changes nothing");
        screen.Press(Key.Enter);

        var codings = study.Session.Store.Codings();
        Assert.HasCount(hits, codings);
        Assert.IsTrue(codings.All(c => c.ThemeId == "resistance" && c.Coder == "ana" && c.TranscriptId == "es12-lucia"));
        CollectionAssert.AreEquivalent(window.Search.Hits.Select(h => h.Span).ToList(), codings.Select(c => c.Span).ToList());
        Assert.AreEqual("autocode", study.Session.Store.Changes()[^1].Action);

        screen.Press(Key.Esc).Press('u');
        Assert.IsEmpty(study.CodingsOnDisk());
    }

    private static MainWindow Window(Study study)
    {
        var window = new MainWindow(study.Session);
        // No main loop runs in a headless test to fire the debounce timer: search on each key instead.
        window.Search.Debounce = TimeSpan.Zero;
        return window;
    }
}
