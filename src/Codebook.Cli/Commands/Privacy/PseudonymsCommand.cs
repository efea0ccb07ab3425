using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Privacy;

/// <summary><c>codebook pseudonyms [add REAL PSEUDO [--kind K] [--initials DP] | remove REAL | suggest]</c>: the table of real names and the
/// pseudonyms every export prints instead.</summary>
public static class PseudonymsCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("pseudonyms", "List the pseudonym table: real names of people, places and organisations, and their pseudonyms")
        {
            Add(globals, context), Remove(globals, context), Suggest(globals, context),
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var table = project.Store.Pseudonyms().OrderBy(p => p.Kind).ThenBy(p => p.RealName, StringComparer.CurrentCulture)
                .Select(p => new PseudonymRow(p.RealName, p.Replacement, PseudonymService.Describe(p.Kind), p.Initials)).ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, table, Json.Types.ListPseudonymRow);
                return ExitCodes.Ok;
            }
            foreach (var entry in table) context.Out.WriteLine($"{entry.Kind,-12}  {entry.RealName}  →  {entry.Pseudonym}{(entry.Initials is { } i ? $"  (initials {i})" : "")}");
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
        var initials = new Option<string?>("--initials") { Description = "The real name's initials as written in the transcripts (e.g. DP): replaced by the pseudonym's" };
        var command = new Command("add", "Add a real name and its pseudonym (undo removes it)") { real, pseudonym, kind, initials };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var entry = project.Workspace.Pseudonyms.Add(parse.GetValue(real)!, parse.GetValue(pseudonym)!, parse.GetValue(kind), parse.GetValue(initials));
            var also = entry.Initials is { } given ? $", initials {given}" : "";
            context.Out.WriteLine($"{entry.RealName} → {entry.Replacement} ({PseudonymService.Describe(entry.Kind)}{also})");
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
            var entry = project.Workspace.Pseudonyms.Remove(parse.GetValue(real)!);
            context.Out.WriteLine($"removed {entry.RealName} → {entry.Replacement}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Suggest(GlobalOptions globals, CliContext context)
    {
        var command = new Command("suggest", "List capitalised names in speaker labels, front matter, titles and file names that the table does not replace yet");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var suggestions = PseudonymSuggestions.Of(project.View);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, suggestions, Json.Types.IReadOnlyListPseudonymSuggestion);
                return ExitCodes.Ok;
            }
            foreach (var suggestion in suggestions) context.Out.WriteLine($"{suggestion.Name}  ({string.Join("; ", suggestion.Places)})");
            context.Out.WriteLine(suggestions.Count == 0
                ? "No names left to add: the table covers the speakers, titles, file names and front matter."
                : $"{Counted.Of(suggestions.Count, "name")} not in the pseudonym table; add each with 'codebook pseudonyms add REAL PSEUDO'.");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>An entry of the pseudonym table as <c>pseudonyms</c> lists it.</summary>
public sealed record PseudonymRow(string RealName, string Pseudonym, string Kind, string? Initials);
