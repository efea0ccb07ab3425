using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook pseudonyms [add REAL PSEUDO [--kind K] | remove REAL]</c>: the table of real names and the
/// pseudonyms every export prints instead.</summary>
public static class PseudonymsCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("pseudonyms", "List the pseudonym table: real names of people, places and organisations, and their pseudonyms")
        {
            Add(globals, context), Remove(globals, context),
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var table = project.Store.Pseudonyms().OrderBy(p => p.Kind).ThenBy(p => p.RealName, StringComparer.CurrentCulture)
                .Select(p => new { p.RealName, Pseudonym = p.Replacement, Kind = PseudonymService.Describe(p.Kind) }).ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, table);
                return ExitCodes.Ok;
            }
            foreach (var entry in table) context.Out.WriteLine($"{entry.Kind,-12}  {entry.RealName}  →  {entry.Pseudonym}");
            context.Out.WriteLine($"{Counted.Of(table.Count, "pseudonym")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(GlobalOptions globals, CliContext context)
    {
        var real = new Argument<string>("REAL") { Description = "The real name, as it is written in the transcripts" };
        var pseudonym = new Argument<string>("PSEUDO") { Description = "The pseudonym exports print instead" };
        var kind = new Option<PseudonymKind>("--kind") { Description = "person (default), place or organisation" };
        var command = new Command("add", "Add a real name and its pseudonym (undo removes it)") { real, pseudonym, kind };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var entry = new PseudonymService(project.Store, project.Coder).Add(parse.GetValue(real)!, parse.GetValue(pseudonym)!, parse.GetValue(kind));
            context.Out.WriteLine($"{entry.RealName} → {entry.Replacement} ({PseudonymService.Describe(entry.Kind)})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(GlobalOptions globals, CliContext context)
    {
        var real = new Argument<string>("REAL") { Description = "The real name (case and accents ignored)" };
        var command = new Command("remove", "Remove a real name from the table") { real };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var entry = new PseudonymService(project.Store, project.Coder).Remove(parse.GetValue(real)!);
            context.Out.WriteLine($"removed {entry.RealName} → {entry.Replacement}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
