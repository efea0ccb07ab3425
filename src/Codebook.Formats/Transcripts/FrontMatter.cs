using Codebook.Core.Model;

namespace Codebook.Formats.Transcripts;

/// <summary>What a transcript's YAML front matter says about it; everything is optional.</summary>
internal sealed class FrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Language { get; set; }
    public string? Date { get; set; }
    public List<string> Interviewers { get; } = [];
    /// <summary>Declared speaker labels, in the order dialogue-dash lines alternate through them.</summary>
    public List<string> Speakers { get; } = [];
    /// <summary>Roles the front matter gives by name (<c>speakers:</c> as a map of name: role).</summary>
    public List<(string Name, SpeakerRole Role)> SpeakerRoles { get; } = [];
    public string? CaseId { get; set; }
    public string? CaseName { get; set; }
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Labels the file declares, which are accepted as speakers even when they appear only once.</summary>
    public IEnumerable<string> DeclaredLabels => Interviewers.Concat(Speakers);
}
