namespace Codebook.Core.Model;

/// <summary>The unit of search results and of agreement by unit: a turn's words, or part of a long turn.</summary>
/// <param name="Index">Zero-based position among the transcript's passages.</param>
public sealed record Passage(string TranscriptId, int Index, int TurnIndex, TextSpan Span);
