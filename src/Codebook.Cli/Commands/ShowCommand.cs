using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Pseudonyms;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook show ID [--lines A-B]</c>: a transcript's text with line numbers and speakers, as cited.</summary>
public static class ShowCommand
{
    private const int SpeakerWidth = 16;

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The transcript's id (see 'codebook transcripts')" };
        var lines = new Option<string?>("--lines") { Description = "Only these lines, e.g. 12-30" };
        var pseudonymise = new Option<bool>("--pseudonymise") { Description = "Show pseudonyms instead of the real names of 'codebook pseudonyms' (line by line)" };
        var command = new Command("show", "Print a transcript with line numbers and speakers") { id, lines, pseudonymise };
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
            var title = transcript.Title;
            if (parse.GetValue(pseudonymise))
            {
                var pseudonymiser = new Pseudonymiser(project.Store.Pseudonyms());
                title = pseudonymiser.Apply(title).Text;
                selected = selected.Select(l => l with { Text = pseudonymiser.Apply(l.Text).Text, Speaker = l.Speaker is { } s ? pseudonymiser.Apply(s).Text : null }).ToList();
            }

            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new { transcript.Id, Title = title, transcript.Language, Lines = selected });
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"{title} ({transcript.Id}, {transcript.Language})");
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
