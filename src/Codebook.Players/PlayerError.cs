using Codebook.Core.Errors;

namespace Codebook.Players;

/// <summary>The problems with players that a user can fix, each saying what to do.</summary>
internal static class PlayerError
{
    public static CodebookException NoPlayer() =>
        new(ErrorCode.NoPlayer, "no program to play recordings was found (looked for mpv, ffplay and vlc on PATH)", null,
            $"install mpv (e.g. 'apt install mpv', 'brew install mpv'), or ffplay (from ffmpeg) or vlc, or set ${PlayerSetup.Variable} to a command line with {{file}} and {{start}}");

    public static CodebookException BadCommand(string line) =>
        new(ErrorCode.NoPlayer, $"${PlayerSetup.Variable} is not a command line Codebook can run: '{line}'", PlayerSetup.Variable,
            "give a program and its arguments, with {file} and {start} where the recording and the start in seconds go, e.g. 'mpv --start={start} {file}'");

    public static CodebookException CannotStart(string program, string reason) =>
        new(ErrorCode.NoPlayer, $"cannot start {program}: {reason}", program, $"check that {program} runs, or set ${PlayerSetup.Variable}");

    public static CodebookException MissingFile(string file) =>
        new(ErrorCode.NoRecording, $"the recording {file} is missing", file,
            "put the file back, or link the transcript to where it is now with 'codebook media link TRANSCRIPT FILE'");

    public static CodebookException NotPlaying(string program) =>
        new(ErrorCode.NoPlayer, $"{program} is not playing", program, "play a turn first");
}
