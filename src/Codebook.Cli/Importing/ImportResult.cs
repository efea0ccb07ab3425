namespace Codebook.Cli.Importing;

public enum ImportResultStatus
{
    Imported,
    AlreadyImported,
    /// <summary>The file is a corrected version of a transcript in the project, which it replaced.</summary>
    Updated,
    Failed,
}

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
