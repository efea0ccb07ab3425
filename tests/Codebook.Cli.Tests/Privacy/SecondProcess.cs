using System.Diagnostics;

namespace Codebook.Cli.Tests.Privacy;

/// <summary>The built <c>codebook</c> run as a separate process (<c>dotnet codebook.dll</c>, copied beside the tests),
/// for what one process cannot show alone: two processes on one project, and a process killed.</summary>
internal static class SecondProcess
{
    public static Process Start(params string[] args)
    {
        // The SDK names the dotnet it runs under; outside it, the one on the PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "codebook.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove("CODEBOOK_PASSWORD");
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end and returns what it printed, as <see cref="CliRun"/> does in-process.</summary>
    public static CliRun Run(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
