using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Text;
using Spectre.Console;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook transcripts</c>: the project's transcripts with their size and coding.</summary>
public static class TranscriptsCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("transcripts", "List the project's transcripts");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var codings = project.View.Codings().GroupBy(c => c.TranscriptId).ToDictionary(g => g.Key, g => g.Count());
            var rows = project.Store.Transcripts()
                .OrderBy(t => t.Id, StringComparer.Ordinal)
                .Select(t => new
                {
                    t.Id,
                    t.Title,
                    t.Language,
                    Case = t.CaseId,
                    Turns = t.Turns.Count,
                    Words = t.WordCount,
                    Codings = codings.GetValueOrDefault(t.Id),
                    t.SourceFile,
                })
                .ToList();

            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, rows);
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("id", "title", "language", "case")
                .AddColumn("turns", c => c.RightAligned())
                .AddColumn("words", c => c.RightAligned())
                .AddColumn("codings", c => c.RightAligned());
            foreach (var row in rows)
            {
                table.AddRow(new Text(row.Id), new Text(row.Title), new Text(row.Language), new Text(row.Case ?? ""),
                    new Text(row.Turns.ToString("N0")), new Text(row.Words.ToString("N0")), new Text(row.Codings.ToString("N0")));
            }
            context.Console.Write(table);
            context.Out.WriteLine($"{Counted.Of(rows.Count, "transcript")}, {Counted.Of(rows.Sum(r => r.Words), "word", format: "N0")}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
