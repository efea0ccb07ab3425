using Codebook.Core.Model;

namespace Codebook.Core.Search;

/// <summary>One passage a query found.</summary>
/// <param name="Span">The passage, as offsets into the transcript's text.</param>
/// <param name="Line">One-based line of the imported file (<see cref="Transcript.FileLine"/>) holding the first matched word (of the passage when no word is highlighted,
/// e.g. for a query on themes only).</param>
/// <param name="Matches">The highlighted words, as offsets into the transcript's text, in order.</param>
public sealed record SearchHit(
    string TranscriptId,
    string? CaseId,
    string Language,
    int PassageIndex,
    int TurnIndex,
    string? Speaker,
    SpeakerRole Role,
    TextSpan Span,
    int Line,
    float Score,
    IReadOnlyList<TextSpan> Matches,
    KeywordInContext Context);
