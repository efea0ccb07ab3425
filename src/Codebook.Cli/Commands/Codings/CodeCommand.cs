using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Codings;

namespace Codebook.Cli.Commands.Codings;

/// <summary><c>codebook code TRANSCRIPT --theme T (--span S:E | --turn N | --lines A-B | --match TEXT [--all]) [--memo M]</c>.</summary>
public static class CodeCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var transcript = new Argument<string>("TRANSCRIPT") { Description = "The transcript's id (see 'codebook transcripts')" };
        var theme = new Option<string>("--theme", "-t") { Description = "The theme to apply (see 'codebook themes')", Required = true };
        var spans = new SpanOptions(allowsAll: true);
        var memo = new Option<string?>("--memo") { Description = "A memo on the coding" };
        var command = new Command("code", "Apply a theme to a passage of a transcript") { transcript, theme };
        spans.AddTo(command);
        command.Add(memo);
        command.SetAction(parse =>
        {
            var choice = spans.Read(parse, "code", "codebook code fr01-nadia --theme resistance --lines 41-43");
            using var project = OpenProject.From(parse, globals);
            var service = project.Workspace.Coding;
            var added = service.Code(parse.GetValue(transcript)!, parse.GetValue(theme)!, choice, parse.GetValue(memo));
            var printer = new CodingPrinter(project.Store);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, added.Select(printer.Row), Json.Types.IEnumerableCodingRow);
                return ExitCodes.Ok;
            }
            foreach (var coding in added) context.Out.WriteLine($"coded {printer.Line(coding)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
