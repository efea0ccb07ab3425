namespace Codebook.Core.Themes;

/// <summary>How a theme changed between two versions of the codebook.</summary>
public enum ThemeDifferenceKind
{
    Added,
    Removed,
    Merged,
    Split,
    Renamed,
    Relabelled,
    Moved,
    Redefined,
    RulesChanged,
}
