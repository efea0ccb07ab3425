using Codebook.Core.Import;
using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Codings;

namespace Codebook.Cli.Commands.Codings;

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
            // An unplaced coding's offsets point into a text that is gone: show the text it kept instead.
            var aside = project.Store.UnplacedCodings().FirstOrDefault(u => u.Id == parse.GetValue(id));
            var removed = project.Workspace.Coding.Uncode(parse.GetValue(id)!);
            var json = parse.GetValue(globals.Json);
            if (aside is not null && json) Json.Write(context.Out, UnplacedCodingRow.Of(aside), Json.Types.UnplacedCodingRow);
            else if (aside is not null) context.Out.WriteLine($"uncoded {UnplacedCodingRow.Of(aside).Line()}");
            else if (json) Json.Write(context.Out, printer.Row(removed), Json.Types.CodingRow);
            else context.Out.WriteLine($"uncoded {printer.Line(removed)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
