using System.Diagnostics;
using Codebook.Core.Media;
using Codebook.Core.Ports;

namespace Codebook.Players;

/// <summary>A player that is started at a place and left to play (ffplay, vlc, <c>$CODEBOOK_PLAYER</c>): playing again
/// ends the one playing first; it cannot pause, seek or tell where it is.</summary>
public sealed class ProcessPlayer(PlayerCommand command) : IMediaPlayer
{
    private Process? _process;

    public string Name => command.Name;

    public bool Controllable => false;

    public bool Running => _process is { HasExited: false };

    public void Play(MediaCue cue)
    {
        Stop();
        _process = PlayerProcess.Start(command, cue, quiet: true);
    }

    public bool TogglePause() => throw new InvalidOperationException($"{Name} cannot pause");

    public void SeekBy(TimeSpan delta) => throw new InvalidOperationException($"{Name} cannot seek");

    public TimeSpan? Position() => null;

    public void Stop()
    {
        PlayerProcess.End(_process);
        _process = null;
    }

    public void Dispose() => Stop();
}
