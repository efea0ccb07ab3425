namespace Codebook.Storage;

/// <summary>How a process opens a project: what it is doing (written in the lock, for another process to show) and
/// where the password of an encrypted project comes from (asked only when the file is encrypted).</summary>
public sealed record ProjectOpening
{
    public static readonly ProjectOpening Default = new();

    /// <summary>What this process is doing with the project, e.g. <c>codebook tui</c>.</summary>
    public string Doing { get; init; } = "codebook";

    /// <summary>The password, or null when there is none to give.</summary>
    public Func<string?> Password { get; init; } = () => null;
}
