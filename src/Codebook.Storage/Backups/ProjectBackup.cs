namespace Codebook.Storage.Backups;

/// <summary>One backup of a project: a whole project file in <c>NAME.codebook.backups/</c>, named by when it was
/// made and before what (<c>20261126T124500Z-merge.codebook</c>).</summary>
public sealed record ProjectBackup(string Path, DateTime At, string Operation, long Bytes)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
