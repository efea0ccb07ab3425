using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Changes;
using Codebook.Core.Ports;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook undo</c> and <c>codebook redo</c>: step back and forth through the project's changes, across
/// runs. With nothing to undo or redo they say so and exit 0: the project is already where the user asked.</summary>
public static class HistoryCommand
{
    public static Command Undo(GlobalOptions globals, CliContext context) =>
        Create("undo", "Undo the most recent change not yet undone (repeat to go further back)",
            (store, coder) => store.Undo(coder), "nothing to undo", globals, context);

    public static Command Redo(GlobalOptions globals, CliContext context) =>
        Create("redo", "Redo the most recently undone change",
            (store, coder) => store.Redo(coder), "nothing to redo (a change made after an undo ends what can be redone)", globals, context);

    private static Command Create(string name, string description, Func<IProjectStore, string, Change?> step, string nothing,
        GlobalOptions globals, CliContext context)
    {
        var command = new Command(name, description);
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var change = step(project.Store, project.Coder.Name);
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, change, Json.Types.Change);
            else context.Out.WriteLine(change is null ? nothing : $"#{change.Sequence} {change.Summary}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
