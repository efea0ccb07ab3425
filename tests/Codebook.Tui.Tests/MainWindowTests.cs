using Codebook.Core.Model;
using Codebook.Tui.Themes;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests;

/// <summary>The main screen run headless on a real project: keys in, then the screen and the project file checked.</summary>
[TestClass]
public sealed class MainWindowTests
{
    [TestMethod]
    [DataRow(120, 40)]
    [DataRow(80, 24)]
    public void EveryPaneAndTheKeysAreOnScreen(int width, int height)
    {
        using var study = new Study("fr01-nadia.txt", "es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), width, height);
        var text = screen.Text;
        foreach (var expected in new[] { "Transcripts", "Themes", "Detail", "es12-lucia", "fr01-nadia", "Quantification", "? keys" })
        {
            StringAssert.Contains(text, expected, $"at {width}x{height}:\n{text}");
        }
        // The reader shows the file's line numbers and the interview's first speaker label.
        var line = study.Store.FindTranscript("es12-lucia")!.FileLine(3);
        Assert.IsTrue(screen.Rows.Any(r => r.Contains($"{line} ") && r.Contains("ENTREVISTADORA:")), text);
        Assert.AreEqual(height, screen.Rows.Length);
    }

    [TestMethod]
    public void ASelectionCodedByTheThemeKeyIsInTheProjectFileAndDrawnInItsColour()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        var transcript = study.Store.RequireOne();
        var turn = transcript.Turns.First(t => t.Role == SpeakerRole.Participant);

        screen.Press(']', ']').Press('v', 'w', 'w', 'w').Press('c', 'p');

        var coding = study.Session.Store.Codings().Single();
        Assert.AreEqual("reporting-pressure", coding.ThemeId);
        Assert.AreEqual("ana", coding.Coder);
        Assert.AreEqual(turn.Words.Start, coding.Start);
        Assert.AreEqual("Nada, si a", transcript.Text[coding.Start..coding.End]);
        Assert.IsNull(window.Reader.Selection, "coding drops the selection");

        // Row of the turn: the stripe in the gutter and the coded words with the theme colour behind them.
        var row = Array.FindIndex(screen.Rows, r => r.Contains("LUCÍA: Nada, si a mí"));
        var x = screen.Rows[row].IndexOf("Nada", StringComparison.Ordinal);
        var colour = ThemeColors.Of(study.Store.Themes().Single(t => t.Id == "reporting-pressure"));
        Assert.AreEqual(colour, screen.Cell(x, row).Attribute!.Value.Background);
        Assert.AreNotEqual(colour, screen.Cell(x + "Nada, si a mí".Length, row).Attribute!.Value.Background, "only the coded words are coloured");
        var stripe = screen.Rows[row].IndexOf(Codebook.Tui.Reader.TranscriptReader.Stripe);
        Assert.IsTrue(stripe > 0 && stripe < x, screen.Rows[row]);
        Assert.AreEqual(colour, screen.Cell(stripe, row).Attribute!.Value.Foreground);

        CollectionAssert.AreEqual(new[] { coding.Id }, study.CodingsOnDisk().Select(c => c.Id).ToArray());
    }

    [TestMethod]
    public void ThePickerFindsAThemeByItsSpanishLabelAndCodesTheTurnUnderTheCursor()
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 80, 24);
        var transcript = study.Store.RequireOne();

        screen.Press(']', ']', 't').Type("resistencia");
        StringAssert.Contains(screen.Text, "Resistance and room for manoeuvre");
        screen.Press(Key.Enter);

        var coding = study.CodingsOnDisk().Single();
        Assert.AreEqual("resistance", coding.ThemeId);
        var turn = transcript.Turns.First(t => t.Role == SpeakerRole.Participant);
        Assert.AreEqual(turn.Words.Start, coding.Start);
        StringAssert.EndsWith(transcript.Text[coding.Start..coding.End], "dirás.");
    }

    [TestMethod]
    public void UndoTakesBackTheLastChangeAndRedoBringsItAgain()
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 120, 40);

        screen.Press(']', ']', 'c', 'r', ']', ']', 'c', 'q');
        Assert.AreEqual(2, study.Session.Store.Codings().Count);
        screen.Press('u');
        Assert.AreEqual("resistance", study.Session.Store.Codings().Single().ThemeId);
        screen.Press('r');
        Assert.AreEqual(2, study.Session.Store.Codings().Count);
    }

    [TestMethod]
    public void AMemoIsWrittenOnTheCodingUnderTheCursorAndShownInTheDetailPane()
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 120, 40);

        screen.Press(']', ']', 'c', 'r', 'm').Type("ironía sobre la máquina").Press(Key.Enter);

        var coding = study.Session.Store.Codings().Single();
        var memo = study.Session.Store.Memos().Single();
        Assert.AreEqual((MemoTarget.Coding, coding.Id, "ironía sobre la máquina"), (memo.Target, memo.TargetId, memo.Text));
        StringAssert.Contains(screen.Text, "ironía sobre la máquina");
    }

    [TestMethod]
    public void UncodeRemovesTheCodingUnderTheCursorAndARefusalChangesNothing()
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 120, 40);

        screen.Press(']', ']', 'c', 'r', 'c', 'r');
        Assert.AreEqual(1, study.Session.Store.Codings().Count, "coding the same turn twice is refused");
        StringAssert.Contains(screen.Text, "already coded");
        screen.Press('x');
        Assert.AreEqual(0, study.CodingsOnDisk().Count);
    }
}
