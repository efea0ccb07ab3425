using System.CommandLine;
using Codebook.Core.Analysis;
using Codebook.Core.Framework;

namespace Codebook.Cli.Commands.Analysis;

/// <summary>What <c>framework</c> and <c>export framework</c> share: which themes are the columns (<c>--themes</c>)
/// and which passages count (<c>--where QUERY</c>, as an analysis's <c>--query</c>).</summary>
public sealed class FrameworkChoice
{
    private readonly Option<string[]> _themes = new("--themes", "--theme", "-t")
    {
        Description = "The themes to show as columns, comma-separated or repeated (default: every theme, in codebook order)",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly AnalysisScopes _scopes = new("--where", "--query", "-q");

    public void AddTo(Command command)
    {
        command.Add(_themes);
        _scopes.AddTo(command);
    }

    /// <summary>The query the passages are restricted to, if any.</summary>
    public string? Query(ParseResult parse) => _scopes.Query(parse);

    public IReadOnlyList<string> Themes(ParseResult parse) =>
        (parse.GetValue(_themes) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public FrameworkMatrix Matrix(ParseResult parse, OpenProject project, CliContext context) =>
        FrameworkMatrix.Of(_scopes.Open(parse, project, context), project.View.Memos(), Themes(parse));
}
