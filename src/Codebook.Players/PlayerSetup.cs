namespace Codebook.Players;

/// <summary>What decides the player: the folders of <c>PATH</c> to look in, and the command line of
/// <c>$CODEBOOK_PLAYER</c> when the user set one.</summary>
public sealed record PlayerSetup(string? SearchPath, string? Command)
{
    public const string Variable = "CODEBOOK_PLAYER";

    public static PlayerSetup FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("PATH"), Environment.GetEnvironmentVariable(Variable));

    /// <summary>The full path of <paramref name="program"/> in a folder of the search path, if it is in one.</summary>
    public string? Find(string program)
    {
        foreach (var folder in (SearchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? [program + ".exe", program] : new[] { program })
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
