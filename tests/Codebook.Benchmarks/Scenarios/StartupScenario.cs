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
    private static readonly string Socket = $"codebook-bench-{Environment.ProcessId}";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    /// <param name="codebook">The executable to start; null for the build beside the harness.</param>
    public static void Run(Report report, string? codebook)
    {
        var executable = codebook ?? BesideHarness.Executable("codebook");
        if (!File.Exists(executable)) throw new FileNotFoundException("no codebook executable there", executable);
        report.Add("startupExecutable", codebook is null ? "the build beside the harness" : "given by --codebook");
        var data = Directory.CreateTempSubdirectory("codebook-bench-start-").FullName;
        try
        {
            Exec(executable, data, "demo");
            var study = Path.Combine(data, "sample-study.codebook");
            var cli = Enumerable.Range(0, Runs).Select(_ => Exec(executable, data, "--project", study, "transcripts")).ToList();
            report.Add("cliStartupMs", Timing.Percentile(cli, 50));
            var tui = HasTmux() ? FirstScreens(executable, data, study) : [];
            // A pane that never showed the UI is left out; with none, the CLI's figure stands in.
            report.Add("startupMs", Timing.Percentile(tui.Count > 0 ? tui : cli, 50));
            report.Add("startupMeasure", tui.Count > 0 ? $"tui first screen (tmux), {tui.Count} of {Runs} runs" : "cli transcripts (no tui run showed)");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Milliseconds from process start to exit.</summary>
    private static double Exec(string executable, string data, params string[] args) =>
        ChildRun.Of(executable, new Dictionary<string, string> { [SampleStudy.DataVariable] = data }, args).Ms;

    /// <summary>The runs' first screens, on a tmux server of the harness's own kept up by an idle session: a server
    /// exits with its last session, and a session started as it exits was lost ("server exited unexpectedly"), which
    /// left one run in five with an empty pane.</summary>
    private static List<double> FirstScreens(string executable, string data, string study)
    {
        Tmux("new-session", "-d", "-s", "keep");
        try
        {
            return Enumerable.Range(0, Runs).Select(i => FirstScreen(executable, data, study, i)).OfType<double>().ToList();
        }
        finally
        {
            Tmux("kill-server");
        }
    }

    /// <summary>Milliseconds from starting the UI in a detached tmux session until its status line is on screen; null
    /// when nothing showed within 20 s (the screen is written to the error stream).</summary>
    private static double? FirstScreen(string executable, string data, string study, int run)
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
                if (watch.Elapsed > TimeSpan.FromSeconds(20))
                {
                    Console.Error.WriteLine($"startup run {run}: no first screen in 20 s; the pane showed:\n{screen}");
                    return null;
                }
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
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(Socket);
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
