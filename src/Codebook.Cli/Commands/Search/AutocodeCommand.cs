using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.AutoCoding;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Search;

/// <summary><c>codebook autocode --query Q --theme T [--unit passage|match] [--yes]</c>: a preview of what the query
/// would code, applied as one undoable change only with --yes or a "yes" typed at a terminal.</summary>
public static class AutocodeCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var query = new Option<string>("--query", "-q") { Description = "A search query (see 'codebook search')", Required = true };
        var theme = new Option<string>("--theme", "-t") { Description = "The theme to apply (see 'codebook themes')", Required = true };
        var unit = new Option<string>("--unit") { Description = "Code each found passage whole, or only its matched words", DefaultValueFactory = _ => "passage" };
        unit.AcceptOnlyFromAmong("passage", "match");
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking (otherwise only a preview, or a question at a terminal)" };
        var command = new Command("autocode", "Apply a theme to every passage a query finds: preview first, one undoable change")
        {
            query, theme, unit, yes,
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var service = project.Workspace.AutoCode();
            var plan = service.Preview(parse.GetValue(query)!, parse.GetValue(theme)!,
                parse.GetValue(unit) == "match" ? AutoCodeUnit.Match : AutoCodeUnit.Passage);
            var json = parse.GetValue(globals.Json);
            if (!json) PrintPreview(context, plan);
            plan.RequireSomethingToCode();
            var apply = parse.GetValue(yes) || (!json && Ask(context, plan));
            if (!apply)
            {
                if (json) Json.Write(context.Out, AutoCodeJson.Of(plan, applied: null), Json.Types.AutoCodeJson);
                else context.Out.WriteLine("Nothing changed: run again with --yes to code them.");
                return ExitCodes.Ok;
            }
            var added = service.Apply(plan);
            if (json) Json.Write(context.Out, AutoCodeJson.Of(plan, added.Select(c => c.Id)), Json.Types.AutoCodeJson);
            else context.Out.WriteLine($"Coded {plan.Describe(added.Count)} with {plan.Theme.Id} in one change; 'codebook undo' takes it back.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintPreview(CliContext context, AutoCodePlan plan)
    {
        foreach (var hit in plan.Targets.Select(t => t.Hit).Distinct()) HitPrinter.Print(context, hit);
        context.Out.WriteLine($"{Counted.Of(plan.Hits, "passage")} found; would code {plan.Describe(plan.Targets.Count)} in {Counted.Of(plan.Transcripts, "transcript")} with {plan.Theme.Id}.");
        if (plan.AlreadyCoded > 0) context.Out.WriteLine($"{plan.Describe(plan.AlreadyCoded)} already coded with {plan.Theme.Id} by this coder, left out.");
        if (plan.WithoutWords > 0) context.Out.WriteLine($"{Counted.Of(plan.WithoutWords, "passage")} found without matched words (a query on fields only), left out: use --unit passage.");
    }

    /// <summary>Only when a person is at the terminal: a pipe or a script gets the preview and no change.</summary>
    private static bool Ask(CliContext context, AutoCodePlan plan) =>
        context.Confirm($"Code {plan.Describe(plan.Targets.Count)} with {plan.Theme.Id}?");
}

/// <summary><c>autocode --json</c>: the plan, and the codings added when it was applied.</summary>
public sealed record AutoCodeJson(string Query, string Theme, AutoCodeUnit Unit, int Hits, IEnumerable<AutoCodeTarget> ToCode, int AlreadyCoded,
    int WithoutWords, bool Applied, IEnumerable<string>? Codings)
{
    public static AutoCodeJson Of(AutoCodePlan plan, IEnumerable<string>? applied) => new(plan.Query, plan.Theme.Id, plan.Unit, plan.Hits,
        plan.Targets.Select(t => new AutoCodeTarget(t.Hit.TranscriptId, t.Span.Start, t.Span.End, t.Hit.Line)), plan.AlreadyCoded,
        plan.WithoutWords, applied is not null, applied);
}

/// <summary>A span <c>autocode</c> would code, with the line it starts on.</summary>
public sealed record AutoCodeTarget(string Transcript, int Start, int End, int Line);
