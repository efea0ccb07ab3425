namespace Codebook.Core.Model;

/// <summary>Where a transcript came from when it was read from a REFI-QDA project: the source's GUID and name in that
/// file, the tool that wrote it, and the GUIDs of the people it names, all written back on export so that the other
/// tool recognises its own sources and users.</summary>
public sealed class ExchangeSource
{
    public string Guid { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The tool the file came from ("nvivo", "atlasti", "maxqda", "qualcoder", "standard"): the default way to export back.</summary>
    public string Tool { get; set; } = "";

    /// <summary>Users of the file by name, with their GUIDs.</summary>
    public Dictionary<string, string> Users { get; set; } = new(StringComparer.Ordinal);
}
