using System.Text.Json;

namespace Codebook.CrashHarness;

/// <summary>The search index through the CLI: <c>index check</c> (which only reads it) and a search (which rebuilds it
/// first when it is missing, damaged or stale).</summary>
public static class IndexProbe
{
    /// <summary>Found in both languages of the sample study.</summary>
    public const string Query = "anonym*";

    /// <summary>ok, stale, damaged or missing; null with the message when the check itself failed.</summary>
    public static (string? Condition, string? Problem) Check(CodebookRunner codebook)
    {
        string[] args = ["index", "check", "--json"];
        var outcome = codebook.Read(args);
        if (outcome.ExitCode is not (0 or 1)) return (null, outcome.Describe(args));
        using var json = JsonDocument.Parse(outcome.Output);
        return (json.RootElement.GetProperty("condition").GetString(), null);
    }

    /// <summary>How many passages the query finds; null with the message when the search failed.</summary>
    public static (int? Total, string? Problem) Search(CodebookRunner codebook)
    {
        string[] args = ["search", Query, "--limit", "1", "--json"];
        var outcome = codebook.Read(args);
        if (!outcome.Succeeded) return (null, outcome.Describe(args));
        using var json = JsonDocument.Parse(outcome.Output);
        return (json.RootElement.GetProperty("total").GetInt32(), null);
    }
}
