using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Cases;
using Codebook.Core.Text;
using Codebook.Formats.Cases;

namespace Codebook.Cli.Commands.Transcripts;

public static partial class CasesCommand
{
    /// <summary><c>cases import FILE [--key COLUMN] [--yes]</c>: a preview of what the table would change, applied as
    /// one undoable change only with --yes or a "yes" typed at a terminal.</summary>
    private static Command Import(GlobalOptions globals, CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A participants' table: .xlsx (first sheet) or .csv, column names on the first row" };
        var key = new Option<string?>("--key") { Description = "The column naming each row's case, transcript or file (default: the first column)" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking (otherwise only a preview, or a question at a terminal)" };
        var command = new Command("import", "Give cases their attributes from a participants' table: preview first, one undoable change")
        {
            file, key, yes,
        };
        command.SetAction(parse =>
        {
            var table = AttributeTableReader.Read(parse.GetValue(file)!);
            using var project = OpenProject.From(parse, globals);
            var plan = CaseImport.Plan(project.Store, table, parse.GetValue(key));
            var json = parse.GetValue(globals.Json);
            if (!json) PrintPreview(context, plan);
            var apply = !plan.Empty && (parse.GetValue(yes) || (!json && Ask(context, plan)));
            var change = apply ? project.Workspace.Cases.Import(plan) : null;
            if (json) Json.Write(context.Out, new CaseImportJson(plan.KeyColumn, plan.Matches, plan.UnplacedRows, plan.UnplacedColumns, plan.Changes, plan.Rejected, change?.Sequence), Json.Types.CaseImportJson);
            else if (plan.Empty) context.Out.WriteLine("Nothing to change.");
            else if (change is null) context.Out.WriteLine("Nothing changed: run again with --yes to apply it.");
            else context.Out.WriteLine($"Applied as change #{change.Sequence}: {change.Summary}; 'codebook undo' takes it back.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintPreview(CliContext context, CaseImportPlan plan)
    {
        var output = context.Out;
        output.WriteLine($"{Counted.Of(plan.Table.Rows.Count, "row")} in {Path.GetFileName(plan.Table.Source)}, key column '{plan.KeyColumn}':");
        foreach (var match in plan.Matches)
        {
            var changes = plan.Changes.Count(c => c.CaseId == match.CaseId);
            output.WriteLine($"  line {match.Line}: {match.Key} → case {match.CaseId}{(match.NewCase ? " (new)" : "")} by {match.By}, {Counted.Of(changes, "value")} to write");
        }
        if (plan.UnplacedRows.Count > 0)
        {
            output.WriteLine($"{Counted.Of(plan.UnplacedRows.Count, "row")} placed on no case:");
            foreach (var row in plan.UnplacedRows) output.WriteLine($"  line {row.Line}: '{row.Key}': {row.Reason}");
        }
        if (plan.UnplacedColumns.Count > 0)
        {
            output.WriteLine($"{Counted.Of(plan.UnplacedColumns.Count, "column")} giving no attribute:");
            foreach (var column in plan.UnplacedColumns) output.WriteLine($"  column {column.Position} '{column.Name}': {column.Reason}");
        }
        if (plan.Rejected.Count > 0)
        {
            output.WriteLine($"{Counted.Of(plan.Rejected.Count, "value")} left out, not of their attribute's type:");
            foreach (var value in plan.Rejected) output.WriteLine($"  line {value.Line}: {value.Attribute} = '{value.Value}' is not a {AttributeValues.Describe(value.Type)}");
        }
        var replaced = plan.Changes.Where(c => c.Before is not null).ToList();
        output.WriteLine($"Would write {Counted.Of(plan.Changes.Count, "value")} ({replaced.Count} replacing another) on {Counted.Of(plan.Written.Count, "case")} ({plan.Links.Count} new).");
        foreach (var change in replaced) output.WriteLine($"  {change.CaseId}: {change.Attribute} '{change.Before}' → '{change.After}'");
    }

    /// <summary>Only when a person is at the terminal: a pipe or a script gets the preview and no change.</summary>
    private static bool Ask(CliContext context, CaseImportPlan plan) =>
        context.Confirm($"Write {Counted.Of(plan.Changes.Count, "value")} on {Counted.Of(plan.Written.Count, "case")}?");
}

/// <summary><c>cases import --json</c>: the plan, and the change that applied it when it was.</summary>
public sealed record CaseImportJson(string KeyColumn, IReadOnlyList<CaseMatch> Matches, IReadOnlyList<UnplacedRow> UnplacedRows,
    IReadOnlyList<UnplacedColumn> UnplacedColumns, IReadOnlyList<AttributeChange> Changes, IReadOnlyList<RejectedValue> Rejected, long? Applied);
