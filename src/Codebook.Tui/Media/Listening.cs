using Codebook.Core.Errors;
using Codebook.Core.Media;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Tui.Reader;
using Codebook.Tui.Resources;
using Codebook.Tui.Session;

namespace Codebook.Tui.Media;

/// <summary>Listening while reading (docs/media.md): plays the recording from the turn under the cursor, pauses and
/// resumes, steps back and forward, replays a passage; with a player that says where it is (mpv), the reader follows
/// the playback, the turn being heard marked, until the user moves the cursor.</summary>
/// <param name="say">Shows a message in the status line.</param>
public sealed class Listening(ProjectSession session, ReaderView reader, Action<string> say)
{
    /// <summary>How far the step keys move in the recording.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    /// <summary>How often the reader asks the player where it is while it follows.</summary>
    public static readonly TimeSpan FollowEvery = TimeSpan.FromMilliseconds(250);

    private string? _transcriptId;
    private TurnTimes? _times;
    private bool _paused;
    private object? _timer;

    /// <summary>Where the reader last put the cursor itself: a cursor elsewhere means the user moved.</summary>
    private int _followedOffset = -1;

    /// <summary>Whether the reader moves with the playback.</summary>
    public bool Following { get; private set; }

    /// <summary>The play key: from the turn under the cursor; while playing, pause; paused, resume, or play from
    /// the cursor's turn when the user has moved to another one.</summary>
    public void PlayOrPause()
    {
        if (reader.Transcript is not { } transcript) return;
        if (Player() is not { } player) return;
        int turn = MediaService.TurnIndexAt(transcript, reader.Offset);
        if (player.Running && _transcriptId == transcript.Id)
        {
            if (!player.Controllable)
            {
                player.Stop();
                Stop(Names.Format(Strings.PlayerStopped, player.Name));
                return;
            }
            if (!_paused || Following || reader.HeardTurn == turn)
            {
                _paused = Try(player.TogglePause);
                Following = !_paused || Following;
                say(Names.Format(_paused ? Strings.Paused : Strings.Resumed, MediaTime.Format(player.Position() ?? TimeSpan.Zero)));
                return;
            }
        }
        Play(transcript, () => session.Media.CueAt(transcript, turn));
    }

    /// <summary>Replays the selection, or the turn under the cursor, from its turn's start to the next turn's.</summary>
    public void Replay()
    {
        if (reader.Transcript is not { } transcript) return;
        var span = reader.Selection ?? TurnSpan(transcript, MediaService.TurnIndexAt(transcript, reader.Offset));
        if (Player() is not null) Play(transcript, () => session.Media.CueFor(transcript, span));
    }

    /// <summary>A passage of a panel (a quote in review, a search hit): played; followed when the reader shows it.</summary>
    public void PlayPassage(string transcriptId, TextSpan span)
    {
        if (session.Store.FindTranscript(transcriptId) is not { } transcript) return;
        if (Player() is not null) Play(transcript, () => session.Media.CueFor(transcript, span));
    }

    /// <summary>The step keys: back (negative) or forward by <see cref="Step"/>.</summary>
    public void StepBy(int direction)
    {
        if (Player() is not { } player) return;
        if (!player.Controllable) say(Names.Format(Strings.CannotSeek, player.Name));
        else if (!player.Running) say(Strings.NothingPlaying);
        else
        {
            // Where it goes, worked out: mpv answers a position asked right after a seek with the one before it.
            var target = (player.Position() ?? TimeSpan.Zero) + Step * direction;
            if (!Try(() =>
            {
                player.SeekBy(Step * direction);
                return true;
            })) return;
            say(Names.Format(Strings.At, MediaTime.Format(target < TimeSpan.Zero ? TimeSpan.Zero : target)));
        }
    }

    /// <summary>One look at where the player is: the turn heard marked, and the cursor put on it, while following.
    /// Called by a timer; the user moving the cursor (or opening another transcript) ends the following.</summary>
    public void Follow()
    {
        if (!Following) return;
        if (reader.Transcript?.Id != _transcriptId || (_followedOffset >= 0 && reader.Offset != _followedOffset) || _times is null)
        {
            Stop(null);
            return;
        }
        var player = session.Player();
        if (player.Position() is not { } position)
        {
            if (!player.Running) Stop(null);
            return;
        }
        if (_times.TurnAt(position) is not { } turn || turn == reader.HeardTurn) return;
        reader.HeardTurn = turn;
        var transcript = reader.Transcript!;
        var start = transcript.Turns[turn].Words.Start;
        _followedOffset = start;
        reader.MoveTo(start);
        _followedOffset = reader.Offset;
    }

    private void Play(Transcript transcript, Func<MediaCue> cueOf)
    {
        MediaCue cue;
        try
        {
            cue = cueOf();
        }
        catch (CodebookException e) when (e.Code == ErrorCode.NoRecording)
        {
            say(Names.Format(Strings.NoRecording, transcript.Id));
            return;
        }
        if (!File.Exists(cue.File))
        {
            say(Names.Format(Strings.RecordingMissing, cue.File));
            return;
        }
        var player = session.Player();
        if (!Try(() =>
        {
            player.Play(cue);
            return true;
        })) return;
        _transcriptId = transcript.Id;
        _times = TurnTimes.Of(transcript, session.Store.FindRecording(transcript.Id)?.Offset ?? TimeSpan.Zero);
        _paused = false;
        say(Names.Format(cue.Estimated ? Strings.PlayingEstimated : Strings.Playing, Path.GetFileName(cue.File), MediaTime.Format(cue.Start), cue.Turn + 1, player.Name));
        if (!player.Controllable || reader.Transcript?.Id != transcript.Id) return;
        Following = true;
        _followedOffset = -1;
        reader.HeardTurn = null;
        StartTimer();
        Follow();
    }

    private void StartTimer()
    {
        if (_timer is not null || reader.App is not { } app) return;
        _timer = app.AddTimeout(FollowEvery, () =>
        {
            Follow();
            return true;
        });
    }

    private void Stop(string? message)
    {
        Following = false;
        reader.HeardTurn = null;
        _followedOffset = -1;
        if (message is not null) say(message);
    }

    /// <summary>The player, or null with the reason in the status line.</summary>
    private IMediaPlayer? Player()
    {
        try
        {
            return session.Player();
        }
        catch (CodebookException e) when (e.Code == ErrorCode.NoPlayer)
        {
            say(Strings.NoPlayer);
            return null;
        }
    }

    private bool Try(Func<bool> act)
    {
        try
        {
            return act();
        }
        catch (CodebookException e)
        {
            say(Names.Describe(e));
            return false;
        }
    }

    private static TextSpan TurnSpan(Transcript transcript, int turn)
    {
        var t = transcript.Turns[turn];
        return new TextSpan(t.Label.Length == 0 ? t.Words.Start : t.Label.Start, t.Words.End);
    }
}
