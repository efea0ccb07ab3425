using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Cli.Tables;
using Codebook.Core.Text;

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
                .Select(t => new TranscriptRow(t.Id, t.Title, t.Language, t.CaseId, t.Turns.Count, t.WordCount, codings.GetValueOrDefault(t.Id), t.SourceFile))
                .ToList();

            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, rows, Json.Types.ListTranscriptRow);
                return ExitCodes.Ok;
            }
            DrawnColumn[] columns = [new("id"), new("title"), new("language"), new("case"), new("turns", RightAligned: true),
                new("words", RightAligned: true), new("codings", RightAligned: true)];
            DrawnTable.Listing(columns, rows.Select(row => new DrawnCell[] { row.Id, row.Title, row.Language, row.Case ?? "",
                row.Turns.ToString("N0"), row.Words.ToString("N0"), row.Codings.ToString("N0") })).Write(context);
            context.Out.WriteLine($"{Counted.Of(rows.Count, "transcript")}, {Counted.Of(rows.Sum(r => r.Words), "word", format: "N0")}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>A transcript of <c>transcripts</c>: its size in turns and spoken words, its codings, the file it came from.</summary>
public sealed record TranscriptRow(string Id, string Title, string Language, string? Case, int Turns, int Words, int Codings, string? SourceFile);
