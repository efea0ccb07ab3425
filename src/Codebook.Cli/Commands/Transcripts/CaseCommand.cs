using System.CommandLine;
using Codebook.Core.Cases;
using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook case set|unset|rename</c>: change one case, each an undoable change the search follows.</summary>
public static class CaseCommand
{
    public static Command Create(GlobalOptions globals, CliContext context) =>
        new("case", "Change a case: its attributes or its name")
        {
            Set(globals, context), Unset(globals, context), Rename(globals, context),
        };

    private static Command Set(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The case's id (see 'codebook cases')" };
        var values = new Argument<string[]>("NAME=VALUE") { Description = "Attributes to set, e.g. age=41 territory=croissant", Arity = ArgumentArity.OneOrMore };
        var command = new Command("set", "Set attributes of a case (a new value replaces the old one)") { id, values };
        command.SetAction(parse =>
        {
            var pairs = parse.GetValue(values)!.Select(Pair).ToList();
            using var project = OpenProject.From(parse, globals);
            var @case = project.Workspace.Cases.Set(parse.GetValue(id)!, pairs);
            foreach (var (name, _) in pairs) context.Out.WriteLine($"{@case.Id}: {name.Trim()} = {@case.Attributes[name.Trim()]}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Unset(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The case's id (see 'codebook cases')" };
        var name = new Argument<string>("NAME") { Description = "The attribute to remove" };
        var command = new Command("unset", "Remove an attribute from a case") { id, name };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var @case = project.Workspace.Cases.Unset(parse.GetValue(id)!, parse.GetValue(name)!);
            context.Out.WriteLine($"{@case.Id}: removed {parse.GetValue(name)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Rename(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The case's id (see 'codebook cases'); it stays the same" };
        var name = new Argument<string>("NEW") { Description = "The case's new name" };
        var command = new Command("rename", "Give a case a new name (its id stays)") { id, name };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var @case = project.Workspace.Cases.Rename(parse.GetValue(id)!, parse.GetValue(name)!);
            context.Out.WriteLine($"{@case.Id} is now named '{@case.Name}'");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static KeyValuePair<string, string> Pair(string text)
    {
        int equals = text.IndexOf('=');
        return equals > 0
            ? new(text[..equals], text[(equals + 1)..])
            : throw new CodebookException(ErrorCode.Usage, $"'{text}' is not NAME=VALUE", "case set", "e.g. 'codebook case set nadia age=41'");
    }
}
