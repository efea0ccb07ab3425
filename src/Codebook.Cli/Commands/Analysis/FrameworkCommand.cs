using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Framework;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Analysis;

/// <summary><c>codebook framework [--themes T,…] [--where QUERY]</c>: the framework matrix, case by case, each cell's
/// number of passages and summary; <c>codebook framework set CASE THEME TEXT</c> writes a cell's summary (empty text
/// clears it).</summary>
public static class FrameworkCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var choice = new FrameworkChoice();
        var command = new Command("framework", "The framework matrix: cases by themes, each cell's passages and the summary written for it")
        {
            Set(globals, context),
        };
        choice.AddTo(command);
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var matrix = choice.Matrix(parse, project, context);
            var cells = Enumerable.Range(0, matrix.Cases.Count).SelectMany(matrix.Row)
                .Where(c => c.Codings.Count > 0 || c.Summary is not null).ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new FrameworkJson(
                    matrix.Cases.Select(c => new FrameworkCase(c.Id, c.Name)),
                    matrix.Themes.Select(t => t.Id),
                    cells.Select(c => new FrameworkCellJson(c.Case.Id, c.Theme.Id, c.PassageCount, c.Codings.Select(x => x.Id),
                        c.Summary?.Text, c.Summary?.Author, c.Summary?.CreatedAt))), Json.Types.FrameworkJson);
                return ExitCodes.Ok;
            }
            Print(context.Out, matrix, cells);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A case at a time, only its cells with passages or a summary: a grid of every theme would not fit a terminal.</summary>
    private static void Print(TextWriter output, FrameworkMatrix matrix, IReadOnlyList<FrameworkCell> cells)
    {
        var width = cells.Count == 0 ? 0 : cells.Max(c => c.Theme.Id.Length);
        foreach (var row in cells.GroupBy(c => c.Case.Id))
        {
            var @case = row.First().Case;
            output.WriteLine(@case.Name.Length > 0 && @case.Name != @case.Id ? $"{@case.Id} ({@case.Name})" : @case.Id);
            foreach (var cell in row)
            {
                output.WriteLine($"  {cell.Theme.Id.PadRight(width)}  {Counted.Of(cell.PassageCount, "passage"),-12}  {(cell.Summary is { } s ? Excerpt.Of(s.Text, 200) : "—")}");
            }
        }
        var written = cells.Count(c => c.Summary is not null);
        output.WriteLine($"{Counted.Of(matrix.Cases.Count, "case")} × {Counted.Of(matrix.Themes.Count, "theme")}: {Counted.Of(cells.Count, "cell")} with passages or a summary, {Counted.Of(written, "summary", "summaries")} written.");
    }

    private static Command Set(GlobalOptions globals, CliContext context)
    {
        var @case = new Argument<string>("CASE") { Description = "The case's id or name (the first column of 'codebook framework')" };
        var theme = new Argument<string>("THEME") { Description = "The theme's id or label" };
        var text = new Argument<string[]>("TEXT") { Description = "The summary (the words are joined by spaces); empty clears the cell", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("set", "Write the summary of a case and a theme (empty text clears it); undo takes it back") { @case, theme, text };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var written = project.Workspace.Framework
                .Set(parse.GetValue(@case)!, parse.GetValue(theme)!, string.Join(' ', parse.GetValue(text) ?? []));
            context.Out.WriteLine(written is null
                ? $"The summary of {parse.GetValue(@case)} × {parse.GetValue(theme)} is empty."
                : $"Summary {written.Id} of {written.TargetId} × {written.ThemeId} by {written.Author}: {Excerpt.Of(written.Text)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary><c>framework --json</c>: the cases, the themes, and the cells with passages or a summary.</summary>
public sealed record FrameworkJson(IEnumerable<FrameworkCase> Cases, IEnumerable<string> Themes, IEnumerable<FrameworkCellJson> Cells);

public sealed record FrameworkCase(string Id, string Name);

public sealed record FrameworkCellJson(string Case, string Theme, int Passages, IEnumerable<string> Codings, string? Summary, string? Author, DateTime? WrittenAt);
