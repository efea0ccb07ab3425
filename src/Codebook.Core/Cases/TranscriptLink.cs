namespace Codebook.Core.Cases;

/// <summary>A transcript an import gives a case to.</summary>
public sealed record TranscriptLink(string TranscriptId, string CaseId);
