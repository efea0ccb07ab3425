using System.CommandLine;
using Codebook.Core.Analysis;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Analysis;

/// <summary>The scope the analysis commands share: the whole project, or only what a <c>--query</c> finds, with a word
/// on the error stream about codings that no longer count.</summary>
/// <param name="names">The option's name and aliases: <c>--query</c>, <c>-q</c> unless a command says otherwise.</param>
public sealed class AnalysisScopes(params string[] names)
{
    private readonly Option<string?> _query = new(names.Length > 0 ? names[0] : "--query", names.Length > 1 ? names[1..] : ["-q"])
    {
        Description = "Count only codings that overlap the passages this query finds (docs/search.md)",
    };

    public void AddTo(Command command) => command.Add(_query);

    public string? Query(ParseResult parse) => parse.GetValue(_query);

    public AnalysisScope Open(ParseResult parse, OpenProject project, CliContext context)
    {
        var scope = project.Workspace.Scope(parse.GetValue(_query));
        if (scope.IgnoredCodings.Count > 0)
        {
            var ids = string.Join(", ", scope.IgnoredCodings.Select(c => c.Id).Take(5));
            context.Error.WriteLine($"note: left out {Counted.Of(scope.IgnoredCodings.Count, "coding")} whose theme or transcript is no longer in the project ({ids}{(scope.IgnoredCodings.Count > 5 ? ", …" : "")})");
        }
        return scope;
    }
}
