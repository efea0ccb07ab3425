namespace Codebook.Core.Model;

/// <summary>The person or group a transcript is about, with attributes (role, territory, year, ...) to compare groups.</summary>
public sealed class Case
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public Dictionary<string, string> Attributes { get; set; } = new(StringComparer.Ordinal);
}
