using Codebook.Core.Media;

namespace Codebook.Players;

/// <summary>How one player is started at a place of a recording: the program and its arguments for a cue.</summary>
/// <param name="Name">The program's name, for messages.</param>
public sealed record PlayerCommand(string Name, string Program, Func<MediaCue, IReadOnlyList<string>> Arguments)
{
    /// <summary>mpv: <c>--start</c> and <c>--end</c> in seconds.</summary>
    public static PlayerCommand Mpv(string program) => new("mpv", program, cue =>
        [$"--start={MediaTime.Seconds(cue.Start)}", .. cue.End is { } end ? [$"--end={MediaTime.Seconds(end)}"] : Array.Empty<string>(), cue.File]);

    /// <summary>ffplay: <c>-ss</c> and a duration; no window for a sound file.</summary>
    public static PlayerCommand Ffplay(string program) => new("ffplay", program, cue =>
    [
        "-hide_banner", "-loglevel", "error", "-autoexit", .. IsVideo(cue.File) ? Array.Empty<string>() : ["-nodisp"],
        "-ss", MediaTime.Seconds(cue.Start), .. cue.End is { } end ? ["-t", MediaTime.Seconds(end - cue.Start)] : Array.Empty<string>(), cue.File,
    ]);

    /// <summary>VLC: start and stop times, and gone when done.</summary>
    public static PlayerCommand Vlc(string program) => new("vlc", program, cue =>
    [
        "--play-and-exit", $"--start-time={MediaTime.Seconds(cue.Start)}",
        .. cue.End is { } end ? [$"--stop-time={MediaTime.Seconds(end)}"] : Array.Empty<string>(), cue.File,
    ]);

    /// <summary><c>$CODEBOOK_PLAYER</c>: a command line split into words as a shell would (quotes group words), in
    /// which <c>{file}</c> and <c>{start}</c> (seconds) are replaced; the file goes last when it names no <c>{file}</c>.</summary>
    public static PlayerCommand Custom(string commandLine)
    {
        var words = CommandLineWords.Split(commandLine);
        if (words.Count == 0) throw PlayerError.BadCommand(commandLine);
        var rest = words.Skip(1).ToList();
        var namesFile = words.Any(w => w.Contains("{file}", StringComparison.Ordinal));
        return new(Path.GetFileName(words[0]), words[0], cue =>
        [
            .. rest.Select(w => w.Replace("{file}", cue.File, StringComparison.Ordinal).Replace("{start}", MediaTime.Seconds(cue.Start), StringComparison.Ordinal)),
            .. namesFile ? Array.Empty<string>() : [cue.File],
        ]);
    }

    private static bool IsVideo(string file) => Path.GetExtension(file).ToLowerInvariant() is ".mp4" or ".webm" or ".mkv" or ".mov";
}
