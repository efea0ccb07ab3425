using Codebook.Core.Errors;
using Codebook.Core.Media;
using Codebook.Testing;

namespace Codebook.Players.Tests;

/// <summary>mpv driven through its IPC socket, against the stand-in (<see cref="MpvStandIn"/>).</summary>
[TestClass]
public sealed class MpvPlayerTests
{
    private static string Recording(string folder)
    {
        var path = Path.Combine(folder, "interview.wav");
        File.WriteAllBytes(path, [0]);
        return path;
    }

    [TestMethod]
    public void PlayStartsMpvAtTheCueWithItsIpcSocketThenMovesTheRunningOne()
    {
        using var mpv = new MpvStandIn();
        var folder = Directory.CreateTempSubdirectory("codebook-rec-").FullName;
        try
        {
            var file = Recording(folder);
            using var player = new MpvPlayer(mpv.Program, mpv.Socket);
            player.Play(new MediaCue(file, TimeSpan.FromSeconds(12.5), null, false, 3));

            var arguments = mpv.Arguments();
            CollectionAssert.Contains(arguments.ToList(), $"--input-ipc-server={mpv.Socket}");
            CollectionAssert.Contains(arguments.ToList(), "--start=12.5");
            Assert.AreEqual(file, arguments[^1], "the file goes last");
            Assert.IsTrue(player.Running);

            player.Play(new MediaCue(file, TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(47.25), true, 9));
            CollectionAssert.AreEqual(new[] { """["set_property","end","47.25"]""", """["seek",40,"absolute"]""", """["set_property","pause",false]""" }, mpv.Commands.ToList(),
                "the same file again is a seek in the running mpv, up to the passage's end");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void PauseResumeSeekAndPositionSendMpvCommands()
    {
        using var mpv = new MpvStandIn();
        var folder = Directory.CreateTempSubdirectory("codebook-rec-").FullName;
        try
        {
            using var player = new MpvPlayer(mpv.Program, mpv.Socket);
            player.Play(new MediaCue(Recording(folder), TimeSpan.Zero, null, false, 0));

            Assert.IsTrue(player.TogglePause(), "paused");
            Assert.IsFalse(player.TogglePause(), "resumed");
            player.SeekBy(TimeSpan.FromSeconds(-5));
            player.SeekBy(TimeSpan.FromSeconds(5));
            mpv.Position = 83.4;
            Assert.AreEqual(TimeSpan.FromSeconds(83.4), player.Position());

            CollectionAssert.AreEqual(new[]
            {
                """["cycle","pause"]""", """["get_property","pause"]""",
                """["cycle","pause"]""", """["get_property","pause"]""",
                """["seek",-5,"relative"]""", """["seek",5,"relative"]""",
                """["get_property","time-pos"]""",
            }, mpv.Commands.ToList());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void AMissingRecordingIsRefusedBeforeAnythingStarts()
    {
        using var mpv = new MpvStandIn();
        using var player = new MpvPlayer(mpv.Program, mpv.Socket);
        var e = Assert.ThrowsExactly<CodebookException>(() => player.Play(new MediaCue("/nonexistent/interview.wav", TimeSpan.Zero, null, false, 0)));
        Assert.AreEqual(ErrorCode.NoRecording, e.Code);
        Assert.IsFalse(player.Running);
        Assert.IsEmpty(mpv.Commands);
    }

    [TestMethod]
    public void AProgramThatNeverOpensTheSocketIsAClearError()
    {
        var folder = Directory.CreateTempSubdirectory("codebook-rec-").FullName;
        try
        {
            var program = Path.Combine(folder, "mpv");
            File.WriteAllText(program, "#!/bin/sh\nexit 3\n");
            MpvStandIn.MakeExecutable(program);
            using var player = new MpvPlayer(program, Path.Combine(folder, "ipc.sock"));
            var e = Assert.ThrowsExactly<CodebookException>(() => player.Play(new MediaCue(Recording(folder), TimeSpan.Zero, null, false, 0)));
            Assert.AreEqual(ErrorCode.NoPlayer, e.Code);
            StringAssert.Contains(e.Message, "exited with code 3");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
