using Codebook.Core.Model;

namespace Codebook.Core.Quotes;

/// <summary>A passage picked for a manuscript, with what its citation needs. Codings of the same span and theme by
/// several coders are one quote.</summary>
/// <param name="Theme">The coding's theme; null for a query hit.</param>
/// <param name="Lines">First and last transcript line the quote covers, one-based, as 'codebook show' numbers them.</param>
/// <param name="Start">The timestamp of the turn the quote starts in, when the transcript has one.</param>
/// <param name="End">The timestamp of the turn after the quote's last one, when there is one.</param>
/// <param name="Memos">The codings' memos, then memos written on the codings.</param>
public sealed record Quote(
    Transcript Transcript,
    Case Case,
    Theme? Theme,
    IReadOnlyList<string> Coders,
    TextSpan Span,
    string Text,
    (int First, int Last) Lines,
    TimeSpan? Start,
    TimeSpan? End,
    IReadOnlyList<string> Memos)
{
    /// <summary>"12-15", or "12" for a one-line quote.</summary>
    public string LineText => Lines.First == Lines.Last ? $"{Lines.First}" : $"{Lines.First}-{Lines.Last}";
}
