using System.Text.Json;
using Codebook.Cli;

namespace Codebook.Cli.Tests;

/// <summary>Runs the real command line in-process, as a user would type it, and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CodebookCommandLine.Run(args, new CliContext(output, error));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
}
