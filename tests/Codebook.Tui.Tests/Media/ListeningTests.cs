using Codebook.Core.Media;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Players;
using Codebook.Testing;
using Codebook.Tui.Reader;
using Codebook.Tui.Session;

namespace Codebook.Tui.Tests.Media;

/// <summary>The play keys in the reader, with the real mpv adapter talking to a stand-in mpv (<see cref="MpvStandIn"/>).</summary>
[TestClass]
public sealed class ListeningTests
{
    private static string LinkRecording(Study study, bool create = true)
    {
        var wav = Path.Combine(Path.GetDirectoryName(study.Path)!, "es13-diego.wav");
        if (create) File.WriteAllBytes(wav, [0]);
        new MediaService(study.Store, new Coder("ana")).Link("es13-diego", wav);
        return wav;
    }

    [TestMethod]
    public void ThePlayKeyStartsMpvAtTheTurnThenPausesResumesStepsAndTheReaderMarksTheTurnHeard()
    {
        using var study = new Study("es13-diego.txt");
        using var mpv = new MpvStandIn();
        var wav = LinkRecording(study);
        using var player = new MpvPlayer(mpv.Program, mpv.Socket);
        var window = new MainWindow(new ProjectSession(study.Store, new Coder("ana"), SystemClock.Instance, player: () => player));
        using var screen = new Screen(window, 120, 40);
        var transcript = study.Store.RequireOne();

        screen.Press(']', ']', ']', 'p');
        var turn = TextMotions.TurnAt(transcript, window.Reader.Offset)!;
        Assert.AreEqual(TimeSpan.FromSeconds(37), turn.Timestamp, "the interviewer's second question, at [00:00:37]");
        var arguments = mpv.Arguments();
        CollectionAssert.Contains(arguments.ToList(), "--start=37");
        Assert.AreEqual(wav, arguments[^1]);
        StringAssert.Contains(screen.Rows[^1], $"playing es13-diego.wav from 0:37.0 (turn {turn.Index + 1}) with mpv");

        // mpv says it is 50 s in: the reader marks the turn that started at 0:46 and puts the cursor on it.
        mpv.Position = 50;
        window.Listening.Follow();
        screen.Press();
        var heard = transcript.Turns.Single(t => t.Timestamp == TimeSpan.FromSeconds(46));
        Assert.AreEqual(heard.Index, window.Reader.HeardTurn);
        Assert.AreEqual(heard.Words.Start, window.Reader.Offset);
        var row = Array.FindIndex(screen.Rows, r => r.Contains("[00:00:46] Diego:"));
        StringAssert.Contains(screen.Rows[row], TranscriptReader.Heard + "P   [00:00:46]"); // the mark, then the role mark (participant)

        screen.Press('p');
        StringAssert.Contains(screen.Rows[^1], "paused at 0:50.0");
        screen.Press(',');
        StringAssert.Contains(screen.Rows[^1], "at 0:45.0");
        screen.Press('.', 'p');
        StringAssert.Contains(screen.Rows[^1], "playing again");
        // What the keys sent, without the position the reader asks for after each to show it.
        CollectionAssert.AreEqual(new[]
        {
            """["cycle","pause"]""", """["get_property","pause"]""",
            """["seek",-5,"relative"]""", """["seek",5,"relative"]""",
            """["cycle","pause"]""", """["get_property","pause"]""",
        }, mpv.Commands.Where(c => c != """["get_property","time-pos"]""").ToList(), string.Join(" ", mpv.Commands));

        // The user moves: the reader stops following, the mark goes.
        screen.Press(']');
        mpv.Position = 140;
        window.Listening.Follow();
        Assert.IsFalse(window.Listening.Following);
        Assert.IsNull(window.Reader.HeardTurn);
        Assert.AreNotEqual(heard.Words.Start, window.Reader.Offset);
    }

    [TestMethod]
    public void ReplayPlaysTheTurnUpToTheNextOne()
    {
        using var study = new Study("es13-diego.txt");
        using var mpv = new MpvStandIn();
        LinkRecording(study);
        using var player = new MpvPlayer(mpv.Program, mpv.Socket);
        var window = new MainWindow(new ProjectSession(study.Store, new Coder("ana"), SystemClock.Instance, player: () => player));
        using var screen = new Screen(window, 120, 40);

        screen.Press(']', ']', 'p', 'P');
        CollectionAssert.Contains(mpv.Arguments().ToList(), "--start=18");
        CollectionAssert.IsSubsetOf(new[] { """["set_property","end","37"]""", """["seek",18,"absolute"]""" }, mpv.Commands.ToList());
    }

    [TestMethod]
    public void AMissingRecordingOrPlayerIsSaidInTheStatusLineAndNothingChanges()
    {
        using var study = new Study("es13-diego.txt");
        using var mpv = new MpvStandIn();
        using var player = new MpvPlayer(mpv.Program, mpv.Socket);
        var session = new ProjectSession(study.Store, new Coder("ana"), SystemClock.Instance, player: () => player);
        using (var screen = new Screen(new MainWindow(session), 120, 40))
        {
            screen.Press('p');
            StringAssert.Contains(screen.Rows[^1], "es13-diego has no recording: codebook media link es13-diego FILE");

            var wav = LinkRecording(study, create: false);
            var changes = study.Store.LastChange;
            screen.Press('p');
            StringAssert.Contains(screen.Rows[^1], "the recording is missing");
            Assert.IsFalse(player.Running, "no player was started");
            Assert.AreEqual(changes, study.Store.LastChange);
            Assert.IsFalse(File.Exists(wav));
        }

        using var without = new Screen(new MainWindow(new ProjectSession(study.Store, new Coder("ana"), SystemClock.Instance)), 120, 40);
        without.Press('p');
        StringAssert.Contains(without.Rows[^1], "no player found: install mpv");
    }
}
