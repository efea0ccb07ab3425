using Codebook.Core.Errors;
using Codebook.Core.Media;

namespace Codebook.Players.Tests;

[TestClass]
public sealed class PlayerFinderTests
{
    private static readonly MediaCue Cue = new("/study/audio/entrevista 03.m4a", TimeSpan.FromSeconds(65.25), null, true, 7);

    [TestMethod]
    public void MpvComesBeforeFfplayAndVlcOnThePath()
    {
        var folder = Directory.CreateTempSubdirectory("codebook-path-").FullName;
        try
        {
            foreach (var name in new[] { "vlc", "ffplay" }) File.WriteAllText(Path.Combine(folder, name), "");
            Assert.AreEqual("ffplay", PlayerFinder.Command(new PlayerSetup(folder, null)).Name);
            File.WriteAllText(Path.Combine(folder, "mpv"), "");
            var mpv = PlayerFinder.Command(new PlayerSetup("/nonexistent" + Path.PathSeparator + folder, null));
            Assert.AreEqual("mpv", mpv.Name);
            CollectionAssert.AreEqual(new[] { "--start=65.25", Cue.File }, mpv.Arguments(Cue).ToList());
            Assert.IsInstanceOfType<MpvPlayer>(PlayerFinder.Player(new PlayerSetup(folder, null), Path.Combine(folder, "s")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void ThePlayerVariableWinsAndHasItsPlaceholdersReplaced()
    {
        var command = PlayerFinder.Command(new PlayerSetup("/usr/bin", "my-player --from {start} --file \"{file}\" --loud"));
        Assert.AreEqual("my-player", command.Program);
        CollectionAssert.AreEqual(new[] { "--from", "65.25", "--file", Cue.File, "--loud" }, command.Arguments(Cue).ToList());
        Assert.IsInstanceOfType<ProcessPlayer>(PlayerFinder.Player(new PlayerSetup("/usr/bin", "mpv --start={start} {file}"), "/tmp/s"),
            "a command line of the user's is run as given, not driven over IPC");
    }

    [TestMethod]
    public void WithoutAnyPlayerTheErrorSaysWhatToInstall()
    {
        var e = Assert.ThrowsExactly<CodebookException>(() => PlayerFinder.Command(new PlayerSetup("/nonexistent", null)));
        Assert.AreEqual(ErrorCode.NoPlayer, e.Code);
        StringAssert.Contains(e.Hint, "install mpv");
        StringAssert.Contains(e.Hint, "CODEBOOK_PLAYER");
    }

    [TestMethod]
    public void FfplayAndVlcGetStartAndEnd()
    {
        var passage = Cue with { End = TimeSpan.FromSeconds(70.75) };
        CollectionAssert.AreEqual(new[] { "-hide_banner", "-loglevel", "error", "-autoexit", "-nodisp", "-ss", "65.25", "-t", "5.5", Cue.File },
            PlayerCommand.Ffplay("ffplay").Arguments(passage).ToList());
        CollectionAssert.AreEqual(new[] { "--play-and-exit", "--start-time=65.25", "--stop-time=70.75", Cue.File },
            PlayerCommand.Vlc("vlc").Arguments(passage).ToList());
    }

    [TestMethod]
    [DataRow("a b  c", new[] { "a", "b", "c" })]
    [DataRow("'a b' \"c d\" e\\ f", new[] { "a b", "c d", "e f" })]
    [DataRow("\"say \\\"hi\\\"\" ''", new[] { "say \"hi\"", "" })]
    public void Command_lines_split_as_a_shell_does(string line, string[] words) =>
        CollectionAssert.AreEqual(words, CommandLineWords.Split(line).ToList());

    [TestMethod]
    public void AnUnclosedQuoteIsRefused() =>
        Assert.AreEqual(ErrorCode.NoPlayer, Assert.ThrowsExactly<CodebookException>(() => CommandLineWords.Split("mpv 'oops")).Code);
}
