using Codebook.Core.Model;

namespace Codebook.Formats.Codebooks;

/// <summary>A theme while its section is being read: which labels it has had and which one is open.</summary>
internal sealed class ThemeDraft(Theme theme, int level)
{
    public Theme Theme { get; } = theme;

    public int Level { get; } = level;

    public int Children { get; set; }

    public List<string> DefinitionParagraphs { get; } = [];

    public HashSet<FieldLabel> Seen { get; } = [];

    /// <summary>The label the next paragraph or list belongs to; null before the first label.</summary>
    public FieldLabel? Field { get; set; }

    /// <summary>The open label had text on its own line, so a list may not follow.</summary>
    public bool FieldHasText { get; set; }

    /// <summary>After a mistake in this section, further text is skipped instead of reported again.</summary>
    public bool Skipping { get; set; }

    public void Finish() => Theme.Definition = string.Join("\n\n", DefinitionParagraphs);
}
