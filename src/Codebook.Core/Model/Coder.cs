namespace Codebook.Core.Model;

/// <summary>Who makes a change or a coding: a name given by option, environment or the user account.</summary>
public sealed record Coder(string Name)
{
    public const string EnvironmentVariable = "CODEBOOK_CODER";

    /// <summary>The coder named explicitly, else by <c>CODEBOOK_CODER</c>, else the user account.</summary>
    public static Coder Resolve(string? explicitName)
    {
        foreach (var name in new[] { explicitName, Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.UserName })
        {
            if (!string.IsNullOrWhiteSpace(name)) return new Coder(name.Trim());
        }
        return new Coder("unknown");
    }

    public override string ToString() => Name;
}
