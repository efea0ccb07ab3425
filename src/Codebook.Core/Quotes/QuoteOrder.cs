namespace Codebook.Core.Quotes;

/// <summary>How exported quotes follow each other.</summary>
public enum QuoteOrder
{
    /// <summary>Interview by interview (import order), in text order within each.</summary>
    Transcript,

    /// <summary>Theme by theme in codebook order, then as <see cref="Transcript"/>.</summary>
    Theme,
}
