using Codebook.Core.Analysis;

namespace Codebook.Cli.Commands;

/// <summary>The scope the analysis commands share: the whole project, with a word on the error stream about codings
/// that no longer count.</summary>
public static class AnalysisScopes
{
    public static AnalysisScope Open(OpenProject project, CliContext context)
    {
        var scope = AnalysisScope.Of(project.Store);
        if (scope.IgnoredCodings.Count > 0)
        {
            var ids = string.Join(", ", scope.IgnoredCodings.Select(c => c.Id).Take(5));
            context.Error.WriteLine($"note: left out {scope.IgnoredCodings.Count} coding(s) whose theme or transcript is no longer in the project ({ids}{(scope.IgnoredCodings.Count > 5 ? ", …" : "")})");
        }
        return scope;
    }
}
