using System.CommandLine;
using Codebook.Cli.Commands.Codings;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Pseudonyms;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook show ID [--lines A-B] [--width N]</c>: a transcript's text with the imported file's line numbers
/// and each turn's speaker, as cited.</summary>
public static class ShowCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The transcript's id (see 'codebook transcripts')" };
        var lines = new Option<string?>("--lines") { Description = "Only these lines of the imported file, e.g. 12-30" };
        var width = new Option<int?>("--width") { Description = "Wrap lines to this many columns (default: the terminal's width; no wrapping in a pipe)" };
        var pseudonymise = new Option<bool>("--pseudonymise") { Description = "Show pseudonyms instead of the real names of 'codebook pseudonyms' (line by line)" };
        var command = new Command("show", "Print a transcript with line numbers and speakers") { id, lines, width, pseudonymise };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var transcript = project.Store.RequireTranscript(parse.GetValue(id)!);
            var selected = Select(transcript, TranscriptLine.Of(transcript), parse.GetValue(lines));
            var title = transcript.Title;
            if (parse.GetValue(pseudonymise))
            {
                var pseudonymiser = new Pseudonymiser(project.Store.Pseudonyms());
                title = pseudonymiser.Apply(title).Text;
                selected = selected.Select(l => Pseudonymised(l, pseudonymiser)).ToList();
            }

            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new ShownTranscript(transcript.Id, title, transcript.Language, selected), Json.Types.ShownTranscript);
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"{title} ({transcript.Id}, {transcript.Language})");
            var columns = parse.GetValue(width) ?? (context.OutputIsTerminal ? context.Console.Profile.Width : int.MaxValue);
            foreach (var line in ShownLines.Of(selected, columns)) context.Out.WriteLine(line);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The lines asked for, by the imported file's numbers.</summary>
    private static List<TranscriptLine> Select(Transcript transcript, IReadOnlyList<TranscriptLine> shown, string? range)
    {
        if (range is null) return shown.ToList();
        var (first, last) = LineRange.Parse(range);
        var lastLine = shown[^1].Line;
        if (last > lastLine)
        {
            throw new CodebookException(ErrorCode.Usage, $"lines {first}-{last} are outside the transcript (1-{lastLine})",
                "--lines", "ask for lines within that range");
        }
        var selected = shown.Where(l => l.Line >= first && l.Line <= last).ToList();
        if (selected.Count == 0)
        {
            throw new CodebookException(ErrorCode.Usage, $"lines {first}-{last} of {transcript.SourceFile} hold no text of the transcript (front matter or subtitle timings)",
                "--lines", "ask for lines with text; 'codebook show' without --lines numbers them");
        }
        return selected;
    }

    /// <summary>The line with pseudonyms for real names; a label the pseudonymiser changed is printed whole with the text.</summary>
    private static TranscriptLine Pseudonymised(TranscriptLine line, Pseudonymiser pseudonymiser)
    {
        var label = pseudonymiser.Apply(line.Text[..line.LabelLength]).Text;
        var words = pseudonymiser.Apply(line.Text[line.LabelLength..]).Text;
        return line with { Text = label + words, LabelLength = label.Length, Speaker = line.Speaker is { } s ? pseudonymiser.Apply(s).Text : null };
    }
}

/// <summary><c>show --json</c>: the transcript and the lines asked for.</summary>
public sealed record ShownTranscript(string Id, string Title, string Language, List<TranscriptLine> Lines);
