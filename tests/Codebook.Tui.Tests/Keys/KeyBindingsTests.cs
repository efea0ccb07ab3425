using Codebook.Tui.Keys;
using Codebook.Tui.Main;
using Codebook.Tui.Panels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui.Tests.Keys;

/// <summary>The key map is the one source of the keys: every entry is a Terminal.Gui key binding of the view it belongs
/// to, and pressing the key runs the entry's action through that binding.</summary>
[TestClass]
public sealed class KeyBindingsTests
{
    [TestMethod]
    public void EveryKeyOfTheReaderMapIsBoundToItsEntryAndShiftWithAMoveExtends()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        foreach (var chord in KeyMap.Reader.Where(c => c.Bound is not null))
        {
            AssertBound(window.Reader, chord.Bound!, chord);
        }
        AssertBound(window.Reader, Key.CursorRight.WithShift, KeyMap.Reader.First(c => c.Action == ReaderAction.Right) with { Extend = true });
        Assert.IsFalse(window.Reader.KeyBindings.TryGet(new Key('w').WithShift, out _), "Shift extends moves on keys, not on letters");
    }

    [TestMethod]
    public void EveryKeyOfEachPanelMapIsBoundToItsEntry()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        Panel[] panels = [window.Search, window.Analyses, window.Review, window.CodebookDiff, window.Framework];
        foreach (var panel in panels)
        {
            foreach (var key in panel.Keys) AssertBound(panel, key.Key, key);
        }
    }

    [TestMethod]
    public void ACharacterSentWithShiftDoesWhatTheCharacterDoes()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        var transcript = study.Store.RequireOne();

        // ']' arrives from some keyboards with the Shift that typed it; the binding is on ']' alone.
        Assert.IsFalse(window.Reader.KeyBindings.TryGet(new Key(']').WithShift, out _));
        screen.Press(new Key(']').WithShift);

        Assert.AreEqual(transcript.Turns[1].Words.Start, window.Reader.Offset);
    }

    [TestMethod]
    public void KeysOfTheReaderDoNothingInTheTranscriptList()
    {
        using var study = new Study("es12-lucia.txt", "fr01-nadia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        screen.Press('o');
        Assert.IsTrue(window.Transcripts.HasFocus);

        screen.Press('a');

        Assert.IsFalse(window.Analyses.Visible, "'a' opens the analyses from the reader only");
    }

    private static void AssertBound(View view, Key key, object entry)
    {
        Assert.IsTrue(view.KeyBindings.TryGet(key, out var binding), $"{key} is not bound in {view.GetType().Name}");
        CollectionAssert.AreEqual(new[] { MapBindings.Command }, binding.Commands, $"{key}");
        Assert.AreEqual(entry, binding.Data, $"{key}");
    }
}
