namespace Codebook.Storage.Backups;

/// <summary>What encrypting a project's backups did: the backups now encrypted with the project's password, those
/// already encrypted (left as they are, maybe with an older password), and those that could not be read, left in
/// clear with the reason.</summary>
public sealed record BackupEncryption(
    IReadOnlyList<ProjectBackup> Encrypted,
    int AlreadyEncrypted,
    IReadOnlyList<UnreadableBackup> LeftInClear)
{
    public static readonly BackupEncryption None = new([], 0, []);
}

/// <summary>A backup in clear that could not be read, so not encrypted: damaged, or not a Codebook project.</summary>
public sealed record UnreadableBackup(ProjectBackup Backup, string Reason);
