namespace Codebook.Cli.Tests.Reliability;

/// <summary>Everything a user can see of a project, as the CLI prints it: two equal states mean nothing changed.</summary>
internal static class VisibleState
{
    public static string Of(string project) => string.Join("\n---\n",
        new[] { "log", "transcripts", "themes", "codings", "memos" }.Select(command => CliRun.Of("--project", project, command, "--json").Out));
}
