using System.CommandLine;
using Codebook.Core.Model;

namespace Codebook.Cli;

/// <summary>Options every command takes: which project, who is working, and JSON output.</summary>
public sealed class GlobalOptions
{
    public const string ProjectVariable = "CODEBOOK_PROJECT";

    public Option<string?> Project { get; } = new("--project", "-p")
    {
        Description = $"The project file (default: ${ProjectVariable}, else the one *.codebook in this folder)",
        Recursive = true,
    };

    public Option<string?> Coder { get; } = new("--coder")
    {
        Description = $"Who is working (default: ${Core.Model.Coder.EnvironmentVariable}, else the user name)",
        Recursive = true,
    };

    public Option<bool> Blind { get; } = new("--blind")
    {
        Description = "Show only the working coder's own codings (and memos on them) in listings, analyses, the log and the UI; queries may not use theme: or coder:",
        Recursive = true,
    };

    public Option<string?> PasswordFile { get; } = new("--password-file")
    {
        Description = $"A file whose first line is the password of an encrypted project (default: ${Passwords.Variable}, else asked)",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print results as JSON",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Project);
        root.Add(Coder);
        root.Add(Blind);
        root.Add(PasswordFile);
        root.Add(Json);
    }
}
