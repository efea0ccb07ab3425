using System.ComponentModel;
using System.Diagnostics;
using Codebook.Core.Media;

namespace Codebook.Players;

/// <summary>Starts a player's program for a cue.</summary>
public static class PlayerProcess
{
    /// <param name="quiet">Whether the program's input and output are kept off the terminal (under the terminal UI, where
    /// they would scribble over the screen); otherwise it has the terminal, as when run from the command line.</param>
    /// <param name="extra">Arguments before the command's own (mpv's IPC socket).</param>
    public static Process Start(PlayerCommand command, MediaCue cue, bool quiet, IEnumerable<string>? extra = null)
    {
        if (!File.Exists(cue.File)) throw PlayerError.MissingFile(cue.File);
        var start = new ProcessStartInfo(command.Program)
        {
            UseShellExecute = false,
            RedirectStandardInput = quiet,
            RedirectStandardOutput = quiet,
            RedirectStandardError = quiet,
        };
        foreach (var argument in (extra ?? []).Concat(command.Arguments(cue))) start.ArgumentList.Add(argument);
        try
        {
            var process = Process.Start(start) ?? throw PlayerError.CannotStart(command.Name, "it did not start");
            if (quiet)
            {
                // Read and dropped, so that a talkative player never blocks on a full pipe.
                process.OutputDataReceived += (_, _) => { };
                process.ErrorDataReceived += (_, _) => { };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
            }
            return process;
        }
        catch (Win32Exception e)
        {
            throw PlayerError.CannotStart(command.Name, e.Message);
        }
    }

    /// <summary>Ends a program this process started, and what it started.</summary>
    public static void End(Process? process)
    {
        if (process is null) return;
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Gone already.
        }
        process.Dispose();
    }
}
