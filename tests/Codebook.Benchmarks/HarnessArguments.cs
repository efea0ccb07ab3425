using System.Globalization;

namespace Codebook.Benchmarks;

/// <summary><c>SCENARIO [--size MB] [--json] [--codebook PATH]</c>; for <c>micro</c>, everything after it goes to
/// BenchmarkDotNet. <c>--codebook</c> names the executable the start-up scenario starts (an installed tool's, say)
/// instead of the build beside the harness, and one the cliLatency scenario measures besides that build.</summary>
internal sealed record HarnessArguments(string Scenario, double SizeMB, bool Json, string[] Rest, string? Codebook = null)
{
    public static readonly string[] Scenarios = ["import", "query", "analysis", "encryptedQuery", "open", "startup", "cliLatency", "gold", "all", "micro"];

    public const string Usage =
        "usage: dotnet run -c Release --project tests/Codebook.Benchmarks -- SCENARIO [--size MB] [--json] [--codebook PATH]\n" +
        "  SCENARIO: import | query | analysis | encryptedQuery | open | startup | cliLatency | gold | all | micro [BenchmarkDotNet options]";

    public static HarnessArguments? Parse(string[] args)
    {
        if (args.Length == 0 || !Scenarios.Contains(args[0])) return null;
        if (args[0] == "micro") return new HarnessArguments("micro", 0, false, args[1..]);
        double size = 1;
        bool json = false;
        string? codebook = null;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--json") json = true;
            else if (args[i] == "--codebook" && i + 1 < args.Length) codebook = Path.GetFullPath(args[++i]);
            else if (args[i] == "--size" && i + 1 < args.Length && double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out size) && size > 0) continue;
            else return null;
        }
        return new HarnessArguments(args[0], size, json, [], codebook);
    }

    public bool Runs(params string[] scenarios) => Scenario == "all" || scenarios.Contains(Scenario);
}
