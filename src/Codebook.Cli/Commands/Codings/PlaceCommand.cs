using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Codings;

namespace Codebook.Cli.Commands.Codings;

/// <summary><c>codebook place CODING (--span S:E | --turn N | --lines A-B | --match TEXT)</c>: puts a coding a
/// re-import kept aside back on its transcript (undoable).</summary>
public static class PlaceCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("CODING") { Description = "The unplaced coding's id (see 'codebook codings --unplaced')" };
        var spans = new SpanOptions(allowsAll: false);
        var command = new Command("place", "Put an unplaced coding back on its transcript, at the passage given") { id };
        spans.AddTo(command);
        command.SetAction(parse =>
        {
            var choice = spans.Read(parse, "place", "codebook place c8x2k4m1q --match \"on enlève le nom\"");
            using var project = OpenProject.From(parse, globals);
            var placed = project.Workspace.Coding.Place(parse.GetValue(id)!, choice);
            var printer = new CodingPrinter(project.Store);
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, printer.Row(placed), Json.Types.CodingRow);
            else context.Out.WriteLine($"placed {printer.Line(placed)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
