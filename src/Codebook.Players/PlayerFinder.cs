using Codebook.Core.Ports;

namespace Codebook.Players;

/// <summary>Which player to use: <c>$CODEBOOK_PLAYER</c> when the user set one, else the first of mpv, ffplay and vlc
/// found on PATH; none is a clear error saying what to install.</summary>
public static class PlayerFinder
{
    /// <summary>The command that plays a cue from the command line, in the terminal.</summary>
    public static PlayerCommand Command(PlayerSetup setup)
    {
        if (!string.IsNullOrWhiteSpace(setup.Command)) return PlayerCommand.Custom(setup.Command);
        if (setup.Find("mpv") is { } mpv) return PlayerCommand.Mpv(mpv);
        if (setup.Find("ffplay") is { } ffplay) return PlayerCommand.Ffplay(ffplay);
        if (setup.Find("vlc") is { } vlc) return PlayerCommand.Vlc(vlc);
        throw PlayerError.NoPlayer();
    }

    /// <summary>The player the terminal UI drives: mpv through its IPC socket at <paramref name="socket"/>, others
    /// started and left to play.</summary>
    public static IMediaPlayer Player(PlayerSetup setup, string socket)
    {
        var command = Command(setup);
        return command.Name == "mpv" && string.IsNullOrWhiteSpace(setup.Command) ? new MpvPlayer(command.Program, socket) : new ProcessPlayer(command);
    }

    /// <summary>A socket path of this process's own, in the temporary folder (short: Unix socket paths are limited).</summary>
    public static string SocketPath() => Path.Combine(Path.GetTempPath(), $"codebook-mpv-{Environment.ProcessId}.sock");
}
