using Codebook.Core.Media;

namespace Codebook.Core.Ports;

/// <summary>A program that plays recordings, started by Codebook and, when it can be, controlled while it plays.</summary>
public interface IMediaPlayer : IDisposable
{
    /// <summary>The program's name, for messages ("mpv", "ffplay", "vlc", or the command of <c>$CODEBOOK_PLAYER</c>).</summary>
    string Name { get; }

    /// <summary>Whether it can pause, resume, seek and tell its position while it plays (mpv); other players are
    /// started at a place and left to play.</summary>
    bool Controllable { get; }

    /// <summary>Plays <paramref name="cue"/>: starts the program, or has the running one go there.</summary>
    /// <exception cref="Errors.CodebookException">The file is missing, or the program cannot be started.</exception>
    void Play(MediaCue cue);

    /// <summary>Whether the program started by <see cref="Play"/> is still there.</summary>
    bool Running { get; }

    /// <summary>Pauses, or resumes when paused (controllable players only).</summary>
    /// <returns>Whether it is paused now.</returns>
    bool TogglePause();

    /// <summary>Moves the playback by <paramref name="delta"/>, back when negative (controllable players only).</summary>
    void SeekBy(TimeSpan delta);

    /// <summary>Where the playback is now; null when it cannot be told (nothing playing, or not controllable).</summary>
    TimeSpan? Position();

    /// <summary>Pauses (controllable players) or stops the program.</summary>
    void Stop();
}
