using System.Globalization;
using Codebook.Testing;

namespace Codebook.Fuzz;

/// <summary><c>[--inputs N] [--seed N] [--from N] [--target NAME[,NAME]] [--findings DIR] [--json]</c>.</summary>
public sealed record FuzzArguments(long Inputs, int Seed, long From, IReadOnlyList<string> Targets, string Findings, bool Json)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/Codebook.Fuzz -- [--inputs N] [--seed N] [--from N] [--target NAME[,NAME]] [--findings DIR] [--json]\n" +
        "  --inputs    inputs in all, shared evenly by the parsers (default 10000)\n" +
        "  --seed      makes the run reproducible (default 1)\n" +
        "  --from      the number of each parser's first input (default 0): --from N --inputs 1 --target T makes input N again\n" +
        "  --target    only these parsers (default all)\n" +
        "  --findings  where crashing and hanging inputs are saved (default .fuzz-findings in the repository)";

    public static FuzzArguments? Parse(string[] args)
    {
        var parsed = new FuzzArguments(10_000, 1, 0, [], Path.Combine(Repository.Root, ".fuzz-findings"), false);
        for (int i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--json": parsed = parsed with { Json = true }; continue;
                case "--inputs" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var inputs) && inputs > 0:
                    parsed = parsed with { Inputs = inputs };
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed):
                    parsed = parsed with { Seed = seed };
                    break;
                case "--from" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var from):
                    parsed = parsed with { From = from };
                    break;
                case "--target" when !string.IsNullOrWhiteSpace(value):
                    parsed = parsed with { Targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
                    break;
                case "--findings" when !string.IsNullOrWhiteSpace(value):
                    parsed = parsed with { Findings = Path.GetFullPath(value) };
                    break;
                default: return null;
            }
            i++;
        }
        return parsed;
    }
}
