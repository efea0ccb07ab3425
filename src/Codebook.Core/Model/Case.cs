namespace Codebook.Core.Model;

/// <summary>The person or group a transcript is about, with attributes (role, territory, year, ...) to compare groups.</summary>
public sealed class Case
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public Dictionary<string, string> Attributes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The name attributes give a new case: its <c>name</c>, else its <c>pseudonym</c> (either spelt in any
    /// case); null when they give none.</summary>
    public static string? NameIn(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        var list = attributes.ToList();
        string? Named(string key) => list.FirstOrDefault(pair => string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        return Named("name") ?? Named("pseudonym");
    }
}
