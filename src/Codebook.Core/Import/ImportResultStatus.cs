namespace Codebook.Core.Import;

public enum ImportResultStatus
{
    Imported,
    AlreadyImported,
    /// <summary>The file is a corrected version of a transcript in the project, which it replaced.</summary>
    Updated,
    Failed,
}
