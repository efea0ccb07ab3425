namespace Codebook.Formats.Codebooks;

/// <summary>What a labelled paragraph or list under a theme heading fills in.</summary>
internal enum FieldKind
{
    Label,
    Status,
    Definition,
    Include,
    Exclude,
    Examples,
    Search,
}
