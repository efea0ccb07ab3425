using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Cli.Tables;

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
                Json.Write(context.Out, changes, Json.Types.IReadOnlyListChange);
                return ExitCodes.Ok;
            }
            DrawnColumn[] columns = [new("#"), new("when (UTC)"), new("who"), new("action"), new("what")];
            DrawnTable.Listing(columns, changes.Select(change => new DrawnCell[] { change.Sequence.ToString(),
                change.At.ToString("yyyy-MM-dd HH:mm:ss"), change.Coder, change.Action, change.Summary })).Write(context);
            return ExitCodes.Ok;
        });
        return command;
    }
}
