using System.Diagnostics;
using Codebook.Cli;

namespace Codebook.CrashHarness;

/// <summary>Runs <c>codebook</c> on one project as <paramref name="coder"/>: as its own process when it is to be killed
/// (the built <c>codebook.dll</c> beside the harness, through the dotnet host), and in-process otherwise (the same
/// command line, without a process start-up for every read: the reopening and checks after a kill are many runs).</summary>
public sealed class CodebookRunner(string project, string coder = "ana")
{
    /// <summary>128 + SIGKILL, as the host reports a process the signal ended.</summary>
    private const int KilledExitCode = 137;

    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "codebook.dll");

    /// <summary>The host that runs this process, so a test host and the harness start the same runtime.</summary>
    private static readonly string Host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public string Project { get; } = project;

    /// <summary>Runs a change in-process to the end, as the coder.</summary>
    public CliOutcome Run(params string[] args) => InProcess(WithProject(args));

    /// <summary>Runs a listing in-process, without <c>--coder</c>, which filters listings such as <c>codings</c>.</summary>
    public CliOutcome Read(params string[] args) => InProcess(["--project", Project, .. args]);

    private static CliOutcome InProcess(IEnumerable<string> args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = CodebookCommandLine.Run(args.ToArray(), new CliContext(output, error));
        return new CliOutcome(exit, output.ToString(), error.ToString(), watch.Elapsed);
    }

    /// <summary>Runs as a process, to the end or until <paramref name="delay"/> has passed, when it is sent SIGKILL
    /// (<see cref="Process.Kill()"/> on Linux); the outcome's exit code is null when the kill landed before the
    /// process ended by itself.</summary>
    public CliOutcome RunKilledAfter(TimeSpan? delay, params string[] args)
    {
        var info = new ProcessStartInfo(Host) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Dll);
        foreach (var arg in WithProject(args)) info.ArgumentList.Add(arg);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start codebook");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var killed = false;
        if (delay is { } wait && !process.WaitForExit(wait))
        {
            process.Kill();
            killed = true;
        }
        process.WaitForExit();
        var elapsed = watch.Elapsed;
        return new CliOutcome(killed && process.ExitCode == KilledExitCode ? null : process.ExitCode, output.Result, error.Result, elapsed);
    }

    private IEnumerable<string> WithProject(string[] args) =>
        ["--project", Project, "--coder", coder, .. args.Select(arg => arg == Operation.OtherToken ? Other : arg)];

    private string Other => Path.Combine(Path.GetDirectoryName(Project)!, Operation.OtherProject);
}
