namespace Codebook.Tui.Keys;

/// <summary>What a key does in one of the panels over the main screen (search, analyses, review, codebook diff, framework).</summary>
public enum PanelAction
{
    Close,
    Jump,
    CodeAllHits,
    Frequencies,
    MatrixByCase,
    MatrixByAttribute,
    CoOccurrence,
    Saturation,
    NextAttribute,
    Restrict,
    Export,
    Fits,
    DoesNotFit,
    Comment,
    NextQuote,
    PreviousQuote,
    NextStatus,
    OtherTheme,
    EarlierVersion,
    LaterVersion,
    CellLeft,
    CellRight,
    CellUp,
    CellDown,
    EditSummary,
    NextPassage,
    PreviousPassage,
    OpenPassage,
}
