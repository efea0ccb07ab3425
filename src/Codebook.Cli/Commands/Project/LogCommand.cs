using System.CommandLine;
using Codebook.Cli.Output;
using Spectre.Console;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook log</c>: the audit trail, every change with who made it and when; under <c>--blind</c>, what
/// the other coders did to codings and memos is masked (<see cref="Core.Ports.BlindView.Changes"/>).</summary>
public static class LogCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("log", "List every change made to the project: who, when, what");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var changes = project.View.Changes();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, changes);
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("#", "when (UTC)", "who", "action", "what");
            foreach (var change in changes)
            {
                table.AddRow(new Text(change.Sequence.ToString()), new Text(change.At.ToString("yyyy-MM-dd HH:mm:ss")),
                    new Text(change.Coder), new Text(change.Action), new Text(change.Summary));
            }
            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
