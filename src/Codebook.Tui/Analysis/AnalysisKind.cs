namespace Codebook.Tui.Analysis;

/// <summary>The analyses the panel shows, one at a time.</summary>
public enum AnalysisKind
{
    Frequencies,
    MatrixByCase,
    MatrixByAttribute,
    CoOccurrence,
    Saturation,
}
