using System.CommandLine;
using Codebook.Cli.Tables;
using Codebook.Core.Analysis;
using Codebook.Core.Tables;

namespace Codebook.Cli.Commands.Analysis;

/// <summary><c>codebook freq [--rollup]</c>: codings, passages, cases and words per theme.</summary>
public static class FreqCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var rollup = new Option<bool>("--rollup") { Description = "Count each theme's sub-themes with it" };
        var output = new TableOutput(globals);
        var command = new Command("freq", "Theme frequencies: codings, passages, cases and words coded per theme") { rollup };
        var scopes = new AnalysisScopes();
        scopes.AddTo(command);
                output.AddTo(command);
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var frequencies = ThemeFrequencies.Of(scopes.Open(parse, project, context), parse.GetValue(rollup));
            output.Write(parse, context, FrequencyTable.From(frequencies, parse.GetValue(rollup)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
