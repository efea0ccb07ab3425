namespace Codebook.Core.Analysis;

/// <summary>What a matrix cell counts.</summary>
public enum MatrixCount
{
    /// <summary>Codings of the row's theme in the column's cases.</summary>
    Codings,
    /// <summary>Presence: cases of the column with at least one coding of the row's theme.</summary>
    Cases,
}
