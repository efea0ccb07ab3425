namespace Codebook.Core.Memos;

/// <summary>How a memo report is grouped: by what the memos are on (the journal, transcripts, themes, codings,
/// framework cells), by theme, or by author.</summary>
public enum MemoGrouping
{
    Target,
    Theme,
    Author,
}
