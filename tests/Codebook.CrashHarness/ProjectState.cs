using System.Text;
using System.Text.Json;

namespace Codebook.CrashHarness;

/// <summary>A project as the CLI shows it after reopening: the log and the transcripts, themes and codings, each as
/// sorted canonical rows (JSON with sorted keys, minus what differs between two runs of the same change: coding ids,
/// which are random, and times). Two states are equal when every row is.</summary>
public sealed record ProjectState(int Changes, IReadOnlyDictionary<string, IReadOnlyList<string>> Rows)
{
    private static readonly string[] Listings = ["transcripts", "themes", "codings"];

    /// <summary>Properties that differ between two runs making the same change.</summary>
    private static readonly HashSet<string> Volatile = ["id@codings", "at", "createdAt", "unplacedAt", "summary@log"];

    /// <summary>Reads the state through the CLI; null with the failed command's message when the project does not open.</summary>
    public static (ProjectState? State, string? Problem) Read(CodebookRunner codebook)
    {
        var rows = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var listing in Listings.Prepend("log"))
        {
            string[] args = [listing, "--json"];
            var outcome = codebook.Read(args);
            if (!outcome.Succeeded) return (null, outcome.Describe(args));
            using var json = JsonDocument.Parse(outcome.Output);
            rows[listing] = json.RootElement.EnumerateArray().Select(row => Canonical(row, listing)).Order(StringComparer.Ordinal).ToList();
        }
        return (new ProjectState(rows["log"].Count, rows), null);
    }

    /// <summary>The first listing where the two states differ, with a row only one of them has; null when equal.
    /// <paramref name="withLog"/> false compares the documents only (after an undo, which adds to the log).</summary>
    public string? Difference(ProjectState expected, bool withLog = true)
    {
        foreach (var (listing, rows) in expected.Rows)
        {
            if (!withLog && listing == "log") continue;
            var found = Rows[listing];
            if (found.SequenceEqual(rows)) continue;
            var extra = found.Except(rows).FirstOrDefault();
            var missing = rows.Except(found).FirstOrDefault();
            return $"{listing}: {found.Count} rows, expected {rows.Count}" +
                (missing is null ? "" : $"; missing {missing}") + (extra is null ? "" : $"; unexpected {extra}");
        }
        return null;
    }

    /// <summary>A string field of each row of a listing, by its path (<c>theme.id</c> in <c>themes</c>).</summary>
    public IEnumerable<string> Fields(string listing, string path) => Rows[listing].Select(row => Field(row, path));

    /// <summary>A string field of a canonical row, by its path; empty when absent.</summary>
    public static string Field(string row, string path)
    {
        using var json = JsonDocument.Parse(row);
        var value = json.RootElement;
        foreach (var name in path.Split('.'))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value)) return "";
        }
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
    }

    private static string Canonical(JsonElement row, string listing)
    {
        var text = new StringBuilder();
        Write(row, listing, text);
        return text.ToString();
    }

    private static void Write(JsonElement element, string listing, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (Volatile.Contains(property.Name) || Volatile.Contains($"{property.Name}@{listing}")) continue;
                    if (!first) text.Append(',');
                    first = false;
                    text.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Write(property.Value, listing, text);
                }
                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index++ > 0) text.Append(',');
                    Write(item, listing, text);
                }
                text.Append(']');
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }
}
