using Codebook.Players;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Media;

/// <summary><c>codebook media</c> and <c>codebook play</c> as a user types them, with a stand-in player: a script,
/// named by <c>$CODEBOOK_PLAYER</c>, that writes down the arguments it was started with.</summary>
[TestClass]
public sealed class MediaCommandsTests
{
    /// <summary>From the sample study's es13-diego, with the timestamps of lines 3 and 5 taken out.</summary>
    private const string Diego = """
        ---
        id: es13-diego
        language: es
        ---
        [00:00:08] Entrevistador: Vale, creo que ya graba.
        Diego: No, déjala, que con la calefacción esta no se puede respirar.
        Entrevistador: Para empezar, cuéntame un poco quién eres.
        [00:00:46] Diego: Pues yo soy Diego, tengo veintinueve años.
        """;

    private static readonly byte[] Wav = [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8];

    private static string? Run(TempFolder temp, out CliRun run, params string[] args)
    {
        var script = temp.Write("bin/stand-in", $"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{temp.PathOf("played.txt")}'\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var before = Environment.GetEnvironmentVariable(PlayerSetup.Variable);
        Environment.SetEnvironmentVariable(PlayerSetup.Variable, $"'{script}' --at {{start}} {{file}}");
        try
        {
            run = CliRun.Of(["--project", temp.Project, .. args]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(PlayerSetup.Variable, before);
        }
        var played = temp.PathOf("played.txt");
        if (!File.Exists(played)) return null;
        var text = File.ReadAllText(played);
        File.Delete(played);
        return text;
    }

    private static TempFolder Imported(bool withRecording = true)
    {
        var temp = new TempFolder();
        temp.Write("interviews/es13-diego.txt", Diego);
        if (withRecording) temp.Write("interviews/es13-diego.wav", Wav);
        CliRun.Of("init", temp.Project);
        var import = CliRun.Of("--project", temp.Project, "import", temp.PathOf("interviews"));
        Assert.AreEqual(0, import.ExitCode, import.ToString());
        return temp;
    }

    [TestMethod]
    public void ARecordingBesideTheTranscriptIsLinkedAtImportAndPlayLineStartsItAtTheEstimatedTime()
    {
        using var temp = Imported();
        var listed = CliRun.Of("--project", temp.Project, "media", "--json").Json()[0];
        Assert.AreEqual(("es13-diego", "interviews/es13-diego.wav", false), (listed.GetProperty("transcript").GetString(), listed.GetProperty("path").GetString(), listed.GetProperty("missing").GetBoolean()));

        // Line 2 is Diego's first turn: 5 of the 23 words between 0:08 and 0:46 are said before it.
        var played = Run(temp, out var run, "play", "es13-diego", "--line", "2");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual($"--at\n16.261\n{temp.PathOf("interviews/es13-diego.wav")}\n", played);
        StringAssert.Contains(run.Error, "turn 2, estimated");

        Assert.AreEqual($"--at\n46\n{temp.PathOf("interviews/es13-diego.wav")}\n", Run(temp, out _, "play", "es13-diego", "--turn", "4"));
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "media", "offset", "es13-diego", "-1.5s").ExitCode);
        Assert.AreEqual($"--at\n44.5\n{temp.PathOf("interviews/es13-diego.wav")}\n", Run(temp, out _, "play", "es13-diego", "--turn", "4"));
        CliRun.Of("--project", temp.Project, "undo");
        Assert.AreEqual($"--at\n46\n{temp.PathOf("interviews/es13-diego.wav")}\n", Run(temp, out _, "play", "es13-diego", "--turn", "4"), "the offset undone");
    }

    [TestMethod]
    public void PlayCodingPlaysTheCodedPassageFromItsTurn()
    {
        using var temp = Imported();
        ProjectSeed.AddThemes(temp.Project, "malaise");
        var coded = CliRun.Of("--project", temp.Project, "code", "es13-diego", "--theme", "malaise", "--turn", "3", "--json");
        Assert.AreEqual(0, coded.ExitCode, coded.ToString());
        var id = coded.Json()[0].GetProperty("id").GetString()!;
        var played = Run(temp, out var run, "play", "es13-diego", "--coding", id);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.StartsWith(played, "--at\n34.435\n", "16 of the 23 words before it");
        StringAssert.Contains(run.Error, "to 0:46.0");
    }

    [TestMethod]
    public void LinkUnlinkAndAMissingFileSaySoAndChangeNothingElse()
    {
        using var temp = Imported(withRecording: false);
        var none = Run(temp, out var run, "play", "es13-diego");
        Assert.IsNull(none);
        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "has no recording linked");
        StringAssert.Contains(run.Error, "codebook media link es13-diego FILE");

        var refused = CliRun.Of("--project", temp.Project, "media", "link", "es13-diego", temp.PathOf("nowhere.wav"));
        Assert.AreEqual(2, refused.ExitCode);
        StringAssert.Contains(refused.Error, "there is no file");

        var audio = temp.Write("audio/diego.wav", Wav);
        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "media", "link", "es13-diego", audio).ExitCode);
        File.Delete(audio);
        var log = CliRun.Of("--project", temp.Project, "log").Out;
        var listed = CliRun.Of("--project", temp.Project, "media");
        StringAssert.Contains(listed.Out, "es13-diego  audio/diego.wav  MISSING");
        StringAssert.Contains(listed.Out, "1 recording linked, 1 missing");
        var missing = Run(temp, out run, "play", "es13-diego", "--line", "1");
        Assert.IsNull(missing, "the player is not started");
        StringAssert.Contains(run.Error, "is missing");
        Assert.AreEqual(log, CliRun.Of("--project", temp.Project, "log").Out, "nothing was logged");

        Assert.AreEqual(0, CliRun.Of("--project", temp.Project, "media", "unlink", "es13-diego").ExitCode);
        StringAssert.Contains(CliRun.Of("--project", temp.Project, "media").Out, "0 recordings linked; 1 transcript without one.");
        CliRun.Of("--project", temp.Project, "undo");
        StringAssert.Contains(CliRun.Of("--project", temp.Project, "media").Out, "audio/diego.wav");
    }

    [TestMethod]
    public void TheFrontMatterNamesARecordingInAnotherFolder()
    {
        using var temp = new TempFolder();
        temp.Write("interviews/es13-diego.txt", Diego.Replace("language: es\n", "language: es\nmedia: ../audio/diego.wav\n"));
        temp.Write("audio/diego.wav", Wav);
        CliRun.Of("init", temp.Project);
        CliRun.Of("--project", temp.Project, "import", temp.PathOf("interviews"));
        Assert.AreEqual("audio/diego.wav", CliRun.Of("--project", temp.Project, "media", "--json").Json()[0].GetProperty("path").GetString());
    }
}
