using Codebook.Core.Model;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests;

/// <summary>The speaker's role beside the label in the reader, and changed from it with <c>S</c>.</summary>
[TestClass]
public sealed class MainWindowRoleTests
{
    /// <summary>The row where the reader shows the start of a turn of <paramref name="speaker"/>.</summary>
    private static string RowOf(Screen screen, string speaker) => screen.Rows.First(r => r.Contains(speaker + ":"));

    /// <summary>The mark between the line number and the stripes: the row's text after the number.</summary>
    private static char MarkOf(string row) => row.TrimStart(' ', '│').SkipWhile(char.IsDigit).Skip(1).First();

    [TestMethod]
    public void TheRoleIsMarkedBesideTheSpeakerAndSChangesItInTheProjectUndoTakesItBack()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        Assert.AreEqual('I', MarkOf(RowOf(screen, "ENTREVISTADORA")), screen.Text);
        Assert.AreEqual('P', MarkOf(RowOf(screen, "LUCÍA")), screen.Text);

        // Onto Lucía's first turn, then the choice: interviewer, participant, other.
        screen.Press(']', ']', 'S');
        CollectionAssert.AreEqual(new[] { "interviewer", "participant", "other" }, window.Choice.Choices.ToList());
        StringAssert.Contains(screen.Text, "Role of LUCÍA in es12-lucia");
        screen.Press(Key.CursorDown, Key.Enter);

        var lucia = study.Store.FindTranscript("es12-lucia")!.Turns.Where(t => t.Speaker == "LUCÍA").ToList();
        Assert.IsTrue(lucia.All(t => t.Role == SpeakerRole.Other && t.RoleDecidedBy == RoleDecision.ByHand));
        Assert.AreEqual('O', MarkOf(RowOf(screen, "LUCÍA")), screen.Text);
        StringAssert.Contains(screen.Text, "LUCÍA is now other in es12-lucia");
        Assert.AreEqual(SpeakerRole.Other, window.Reader.Transcript!.Turns.First(t => t.Speaker == "LUCÍA").Role);

        screen.Press('u');
        Assert.AreEqual('P', MarkOf(RowOf(screen, "LUCÍA")), screen.Text);
        Assert.AreEqual(SpeakerRole.Participant, study.Store.FindTranscript("es12-lucia")!.Turns.First(t => t.Speaker == "LUCÍA").Role);
    }

    [TestMethod]
    public void SOutsideAnySpeakersTurnSaysSoAndEscChangesNothing()
    {
        using var study = new Study("es12-lucia.txt");
        var window = new MainWindow(study.Session);
        using var screen = new Screen(window, 120, 40);
        var changes = study.Store.LastChange;

        // The cursor starts on the preamble, which no speaker says.
        screen.Press('S');
        StringAssert.Contains(screen.Text, "No speaker here");
        screen.Press(']', ']', 'S', Key.Esc);

        Assert.AreEqual(changes, study.Store.LastChange);
        Assert.IsFalse(window.Choice.Visible);
    }
}
