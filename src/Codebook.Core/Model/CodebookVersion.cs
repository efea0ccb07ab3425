namespace Codebook.Core.Model;

/// <summary>A labelled copy of the theme tree, so the codebook's versions can be compared later.</summary>
public sealed class CodebookVersion
{
    /// <summary>The label the user gave ("v1", "after second coding round"); unique in the project.</summary>
    public string Label { get; set; } = "";

    public DateTime At { get; set; }

    public string Coder { get; set; } = "";

    public List<Theme> Themes { get; set; } = [];
}
