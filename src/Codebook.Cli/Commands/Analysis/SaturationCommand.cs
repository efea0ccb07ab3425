using System.CommandLine;
using Codebook.Cli.Tables;
using Codebook.Core.Analysis;
using Codebook.Core.Tables;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Analysis;

/// <summary><c>codebook saturation</c>: new themes per interview, in the order coding began on them.</summary>
public static class SaturationCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var output = new TableOutput(globals);
        var command = new Command("saturation", "New themes per interview, interviews in the order coding began on them");
        var scopes = new AnalysisScopes();
        scopes.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var scope = scopes.Open(parse, project, context);
            var steps = Saturation.Of(scope);
            output.Write(parse, context, SaturationTable.From(steps));
            int uncoded = scope.Transcripts.Count - steps.Count;
            if (uncoded > 0) context.Error.WriteLine($"{Counted.Of(uncoded, "interview")} not coded yet, left out.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
