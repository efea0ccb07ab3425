using System.CommandLine;
using Codebook.Cli.Tables;
using Codebook.Core.Analysis;
using Codebook.Core.Tables;

namespace Codebook.Cli.Commands.Analysis;

/// <summary><c>codebook cooccur [--mode overlap|passage|within:N]</c>: pairs of themes coded together.</summary>
public static class CooccurCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var mode = new Option<string>("--mode")
        {
            Description = "overlap (spans share text), passage (codings touch a common passage) or within:N (passages at most N apart)",
            DefaultValueFactory = _ => "overlap",
        };
        var output = new TableOutput(globals);
        var command = new Command("cooccur", "Pairs of themes that co-occur, with how often and a Jaccard-like ratio") { mode };
        var scopes = new AnalysisScopes();
        scopes.AddTo(command);
                output.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = CoOccurrenceMode.Parse(parse.GetValue(mode)!);
            using var project = OpenProject.From(parse, globals);
            var pairs = CoOccurrences.Of(scopes.Open(parse, project, context), chosen);
            output.Write(parse, context, CoOccurrenceTable.From(pairs, chosen));
            return ExitCodes.Ok;
        });
        return command;
    }
}
