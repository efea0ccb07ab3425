using System.Globalization;

namespace Codebook.CrashHarness;

/// <summary><c>--kills N [--seed N] [--workers N] [--json]</c>.</summary>
public sealed record HarnessArguments(int Kills, int Seed, bool Json, int Workers)
{
    public const string Usage = "usage: dotnet run -c Release --project tests/Codebook.CrashHarness -- --kills N [--seed N] [--workers N] [--json]";

    public static HarnessArguments? Parse(string[] args)
    {
        var kills = 200;
        var seed = Environment.TickCount;
        var json = false;
        var workers = 1;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--json") json = true;
            else if (args[i] == "--kills" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out kills) && kills > 0) continue;
            else if (args[i] == "--workers" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out workers) && workers > 0) continue;
            else if (args[i] == "--seed" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed)) continue;
            else return null;
        }
        return new HarnessArguments(kills, seed, json, workers);
    }
}
