using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook show ID [--lines A-B]</c>: a transcript's text with line numbers and speakers, as cited.</summary>
public static class ShowCommand
{
    private const int SpeakerWidth = 16;

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The transcript's id (see 'codebook transcripts')" };
        var lines = new Option<string?>("--lines") { Description = "Only these lines, e.g. 12-30" };
        var command = new Command("show", "Print a transcript with line numbers and speakers") { id, lines };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var transcript = project.Store.RequireTranscript(parse.GetValue(id)!);
            var shown = TranscriptLine.Of(transcript);
            var range = parse.GetValue(lines) is { } text ? LineRange.Parse(text) : new LineRange(1, shown.Count);
            if (range.Last > shown.Count)
            {
                throw new CodebookException(ErrorCode.Usage, $"lines {range.First}-{range.Last} are outside the transcript (1-{shown.Count})",
                    "--lines", "ask for lines within that range");
            }
            var selected = shown.Skip(range.First - 1).Take(range.Last - range.First + 1).ToList();

            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new { transcript.Id, transcript.Title, transcript.Language, Lines = selected });
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"{transcript.Title} ({transcript.Id}, {transcript.Language})");
            foreach (var line in selected)
            {
                var speaker = line.StartsTurn ? Fit(line.Speaker ?? "") : "";
                context.Out.WriteLine($"{line.Line,5}  {speaker,-SpeakerWidth}  {line.Text}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Fit(string speaker) => speaker.Length <= SpeakerWidth ? speaker : speaker[..(SpeakerWidth - 1)] + "…";
}
