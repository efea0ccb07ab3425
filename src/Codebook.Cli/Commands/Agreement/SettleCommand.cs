using System.CommandLine;
using Codebook.Core.Agreement;
using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Cli.Commands.Agreement;

/// <summary><c>codebook settle ID keep-a|keep-b|keep-both|drop|edit S:E --coders A,B [--as CODER]</c>.</summary>
public static class SettleCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var scope = new AgreementOptions();
        var id = new Argument<string>("ID") { Description = "The disagreement, as 'codebook disagreements' lists it" };
        var decision = new Argument<string>("DECISION") { Description = "keep-a, keep-b, keep-both, drop or edit" };
        decision.AcceptOnlyFromAmong("keep-a", "keep-b", "keep-both", "drop", "edit");
        var span = new Argument<string?>("SPAN") { Description = "With edit: START:END", Arity = ArgumentArity.ZeroOrOne };
        var consensus = new Option<string?>("--as") { Description = "Write the decision as this coder's codings (e.g. consensus), keeping both coders' own" };
        var command = new Command("settle", "Settle one disagreement between two coders, as one undoable change") { id, decision, span, consensus };
        scope.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(decision) switch
            {
                "keep-a" => SettleDecision.KeepA,
                "keep-b" => SettleDecision.KeepB,
                "keep-both" => SettleDecision.KeepBoth,
                "drop" => SettleDecision.Drop,
                _ => SettleDecision.Edit,
            };
            TextSpan? edit = parse.GetValue(span) is { } text ? ParseSpan(text) : null;
            using var project = OpenProject.From(parse, globals);
            var service = project.Workspace.Settling;
            var settled = service.Settle(scope.Scope(parse, project), parse.GetValue(id)!, chosen, edit, parse.GetValue(consensus));
            context.Out.WriteLine($"settled {settled.Id}: {parse.GetValue(decision)}{(edit is { } e ? $" {e}" : "")} ('codebook undo' takes it back)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static TextSpan ParseSpan(string text)
    {
        var parts = text.Split(':', 2);
        if (parts.Length == 2 && int.TryParse(parts[0], out var start) && int.TryParse(parts[1], out var end)) return new TextSpan(start, end);
        throw new CodebookException(ErrorCode.Usage, $"'{text}' is not a span", "settle", "write it as START:END, e.g. settle ID edit 1204:1388");
    }
}
