using Codebook.Core.Errors;
using Codebook.Storage;

namespace Codebook.Cli;

/// <summary>Finds the project a command works on: --project, else $CODEBOOK_PROJECT, else the one *.codebook here.</summary>
public static class ProjectLocator
{
    public static string Locate(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given)) return given;
        var fromEnvironment = Environment.GetEnvironmentVariable(GlobalOptions.ProjectVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;

        var here = Directory.GetFiles(Directory.GetCurrentDirectory(), "*" + ProjectFile.Extension);
        return here.Length switch
        {
            1 => Path.GetFileName(here[0]),
            0 => throw new CodebookException(ErrorCode.NoProject, "no project given and none in this folder", null,
                $"pass --project PATH, set {GlobalOptions.ProjectVariable}, or create one with 'codebook init NAME.codebook'"),
            _ => throw new CodebookException(ErrorCode.Usage,
                $"several projects in this folder ({string.Join(", ", here.Select(Path.GetFileName).Order())})", null,
                "say which with --project PATH"),
        };
    }
}
