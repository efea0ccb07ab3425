using System.Diagnostics;
using Codebook.Benchmarks.Measuring;
using Codebook.Cli.Demo;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>Start-up of the built <c>codebook</c> executable on the sample study: to the first screen of the terminal
/// UI, run in a tmux pane whose screen is polled until the status line shows; and, as a CLI figure, the whole run of
/// <c>codebook transcripts</c>.</summary>
internal static class StartupScenario
{
    private const int Runs = 5;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    public static void Run(Report report)
    {
        var executable = Executable();
        var data = Directory.CreateTempSubdirectory("codebook-bench-start-").FullName;
        try
        {
            Exec(executable, data, "demo");
            var study = Path.Combine(data, "sample-study.codebook");
            var cli = Enumerable.Range(0, Runs).Select(_ => Exec(executable, data, "--project", study, "transcripts")).ToList();
            report.Add("cliStartupMs", Timing.Percentile(cli, 50));
            if (HasTmux())
            {
                var tui = Enumerable.Range(0, Runs).Select(i => FirstScreen(executable, data, study, i)).ToList();
                report.Add("startupMs", Timing.Percentile(tui, 50));
                report.Add("startupMeasure", "tui first screen (tmux)");
            }
            else
            {
                report.Add("startupMs", Timing.Percentile(cli, 50));
                report.Add("startupMeasure", "cli transcripts (no tmux)");
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The apphost built beside the harness (the CLI is a project reference).</summary>
    private static string Executable()
    {
        var path = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "codebook.exe" : "codebook");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the harness first: the codebook executable is missing", path);
    }

    /// <summary>Milliseconds from process start to exit.</summary>
    private static double Exec(string executable, string data, params string[] args)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment[SampleStudy.DataVariable] = data;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"codebook {string.Join(' ', args)} failed ({process.ExitCode})");
        return Timing.Round(watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Milliseconds from starting the UI in a detached tmux session until its status line is on screen.</summary>
    private static double FirstScreen(string executable, string data, string study, int run)
    {
        var session = $"codebook-bench-{Environment.ProcessId}-{run}";
        var watch = Stopwatch.StartNew();
        Tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", "-e", $"{SampleStudy.DataVariable}={data}",
            executable, "--project", study, "tui");
        try
        {
            string screen;
            while (!(screen = Tmux("capture-pane", "-p", "-t", session)).Contains(" codings", StringComparison.Ordinal))
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"the UI did not show its first screen in 60 s:\n{screen}");
                Thread.Sleep(Poll);
            }
            return Timing.Round(watch.Elapsed.TotalMilliseconds);
        }
        finally
        {
            Tmux("kill-session", "-t", session);
        }
    }

    private static bool HasTmux()
    {
        try
        {
            Tmux("-V");
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Tmux(params string[] args)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // The headless switch of the open scenario must not reach the real UI.
        info.Environment.Remove("DisableRealDriverIO");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
