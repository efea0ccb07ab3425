using System.Diagnostics;
using Codebook.Core.Media;
using Codebook.Core.Ports;

namespace Codebook.Players;

/// <summary>mpv, controlled through its JSON IPC socket: started once (kept open and idle between cues, with no
/// terminal of its own), then told where to go, to pause, resume and seek, and asked where it is.</summary>
/// <param name="program">mpv's path.</param>
/// <param name="socket">Where mpv makes its IPC socket (a Unix socket path).</param>
public sealed class MpvPlayer(string program, string socket) : IMediaPlayer
{
    private Process? _process;
    private MpvConnection? _connection;
    private string? _file;

    public string Name => "mpv";

    public bool Controllable => true;

    public bool Running => _process is { HasExited: false } && _connection is { Alive: true };

    public void Play(MediaCue cue)
    {
        if (!File.Exists(cue.File)) throw PlayerError.MissingFile(cue.File);
        if (!Running) Start(cue);
        else Command(conn =>
        {
            conn.Send("set_property", "end", cue.End is { } end ? MediaTime.Seconds(end) : "none");
            if (_file == cue.File) conn.Send("seek", cue.Start.TotalSeconds, "absolute");
            else
            {
                conn.Send("set_property", "start", MediaTime.Seconds(cue.Start));
                conn.Send("loadfile", cue.File, "replace");
            }
            conn.Send("set_property", "pause", false);
        });
        _file = cue.File;
    }

    private void Start(MediaCue cue)
    {
        Stop();
        // mpv replaces a socket left at the path by an earlier run itself.
        string[] options = [$"--input-ipc-server={socket}", "--no-terminal", "--idle=yes", "--keep-open=yes", "--force-window=no"];
        _process = PlayerProcess.Start(PlayerCommand.Mpv(program), cue, quiet: true, options);
        var process = _process;
        _connection = MpvConnection.Connect(socket, TimeSpan.FromSeconds(5), () => process.HasExited)
            ?? throw PlayerError.CannotStart("mpv", process.HasExited ? $"it exited with code {process.ExitCode}" : "its IPC socket did not appear");
    }

    public bool TogglePause() => Command(conn =>
    {
        conn.Send("cycle", "pause");
        return conn.Send("get_property", "pause")?.GetValue<bool>() ?? false;
    });

    public void SeekBy(TimeSpan delta) => Command(conn => conn.Send("seek", delta.TotalSeconds, "relative"));

    public TimeSpan? Position()
    {
        if (!Running) return null;
        try
        {
            return _connection!.Send("get_property", "time-pos") is { } seconds ? TimeSpan.FromSeconds(seconds.GetValue<double>()) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Stop()
    {
        if (_connection is { Alive: true } connection)
        {
            try
            {
                connection.Send("quit");
            }
            catch (IOException)
            {
                // Ended below.
            }
        }
        _connection?.Dispose();
        _connection = null;
        if (_process is { } process && !process.HasExited) process.WaitForExit(TimeSpan.FromSeconds(1));
        PlayerProcess.End(_process);
        _process = null;
        _file = null;
    }

    public void Dispose() => Stop();

    private T Command<T>(Func<MpvConnection, T> send)
    {
        if (!Running) throw PlayerError.NotPlaying("mpv");
        try
        {
            return send(_connection!);
        }
        catch (IOException e)
        {
            throw PlayerError.CannotStart("mpv", e.Message);
        }
    }

    private void Command(Action<MpvConnection> send) => Command<bool>(conn =>
    {
        send(conn);
        return true;
    });
}
