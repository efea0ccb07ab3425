namespace Codebook.Formats.Refi;

/// <summary>What an import noticed: the offset convention it read positions in, and everything it could not bring
/// in, in words a user can act on.</summary>
public sealed class RefiReport
{
    private readonly List<string> _notes = [];

    /// <summary>What was not brought in, one thing each, "what: why".</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>How positions in the file were read ("Unicode code points, CRLF as one character (ATLAS.ti)"); null without selections.</summary>
    public string? Convention { get; set; }

    /// <summary>The tool the file came from, as its origin or its way of counting positions says.</summary>
    public RefiTool Tool { get; set; } = RefiTool.Standard;

    /// <summary>Which user names a coding's coder, and why ("each selection's creatingUser: every coding names ..."); null without codings.</summary>
    public string? CoderRule { get; set; }

    /// <summary>How many codings each coder the file names has, by the rule applied.</summary>
    public SortedDictionary<string, int> CodingsByCoder { get; } = new(StringComparer.Ordinal);

    public void Add(string note) => _notes.Add(note);
}
