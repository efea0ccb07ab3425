using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Codings;
using Codebook.Core.Errors;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook code TRANSCRIPT --theme T (--span S:E | --turn N | --lines A-B | --match TEXT [--all]) [--memo M]</c>.</summary>
public static class CodeCommand
{
    private const string SpanOptions = "--span, --turn, --lines or --match";

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var transcript = new Argument<string>("TRANSCRIPT") { Description = "The transcript's id (see 'codebook transcripts')" };
        var theme = new Option<string>("--theme", "-t") { Description = "The theme to apply (see 'codebook themes')", Required = true };
        var span = new Option<string?>("--span") { Description = "Exact offsets START:END, kept as given" };
        var turn = new Option<int?>("--turn") { Description = "A whole turn, numbered from 1" };
        var lines = new Option<string?>("--lines") { Description = "Lines FIRST-LAST, as 'codebook show' numbers them" };
        var match = new Option<string?>("--match") { Description = "The first place this text occurs (ignoring case and accents)" };
        var all = new Option<bool>("--all") { Description = "With --match: every place it occurs, in one change" };
        var memo = new Option<string?>("--memo") { Description = "A memo on the coding" };
        var command = new Command("code", "Apply a theme to a passage of a transcript")
        {
            transcript, theme, span, turn, lines, match, all, memo,
        };
        command.SetAction(parse =>
        {
            var choices = new SpanChoice?[]
            {
                parse.GetValue(span) is { } offsets ? ParseOffsets(offsets) : null,
                parse.GetValue(turn) is { } number ? new TurnSpan(number) : null,
                parse.GetValue(lines) is { } range ? ToLineSpan(LineRange.Parse(range)) : null,
                parse.GetValue(match) is { } text ? new MatchSpan(text, parse.GetValue(all)) : null,
            }.OfType<SpanChoice>().ToList();
            if (choices.Count != 1)
            {
                throw new CodebookException(ErrorCode.Usage, $"say where to code with exactly one of {SpanOptions}", "code",
                    "e.g. 'codebook code fr01-nadia --theme resistance --lines 41-43'");
            }
            if (parse.GetValue(all) && choices[0] is not MatchSpan)
            {
                throw new CodebookException(ErrorCode.Usage, "--all goes with --match", "code", "add --match TEXT, or leave out --all");
            }

            using var project = OpenProject.From(parse, globals);
            var service = new CodingService(project.Store, project.Coder, project.Clock);
            var added = service.Code(parse.GetValue(transcript)!, parse.GetValue(theme)!, choices[0], parse.GetValue(memo));
            var printer = new CodingPrinter(project.Store);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, added.Select(printer.Row));
                return ExitCodes.Ok;
            }
            foreach (var coding in added) context.Out.WriteLine($"coded {printer.Line(coding)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static LineSpan ToLineSpan(LineRange range) => new(range.First, range.Last);

    private static OffsetSpan ParseOffsets(string text)
    {
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out var start) && int.TryParse(parts[1], out var end))
        {
            return new OffsetSpan(start, end);
        }
        throw new CodebookException(ErrorCode.Usage, $"'{text}' is not a span", "--span",
            "write it as START:END, UTF-16 offsets into the transcript's text, e.g. --span 1204:1388");
    }
}
