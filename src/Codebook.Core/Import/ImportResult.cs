namespace Codebook.Core.Import;

/// <summary>What became of one file.</summary>
public sealed record ImportResult(
    string File,
    ImportResultStatus Status,
    string? TranscriptId = null,
    string? Language = null,
    int Turns = 0,
    int Words = 0,
    IReadOnlyList<string>? Warnings = null,
    string? Error = null,
    ReimportResult? Reimport = null);
