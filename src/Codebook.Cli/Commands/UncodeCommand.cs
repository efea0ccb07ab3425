using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Codings;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook uncode CODING</c>: removes one coding (undoable).</summary>
public static class UncodeCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("CODING") { Description = "The coding's id (see 'codebook codings')" };
        var command = new Command("uncode", "Remove a coding") { id };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var printer = new CodingPrinter(project.Store);
            var removed = new CodingService(project.Store, project.Coder, project.Clock).Uncode(parse.GetValue(id)!);
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, printer.Row(removed));
            else context.Out.WriteLine($"uncoded {printer.Line(removed)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
