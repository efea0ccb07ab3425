using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Memos;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Quotes;
using Codebook.Core.Text;
using Codebook.Formats.Memos;

namespace Codebook.Cli.Commands.Export;

/// <summary><c>codebook export memos [--by target|theme|author] [--order date|target] [--format md|docx]
/// [--allow-real-names] --output FILE</c>: the project journal and every memo, pseudonymised as quotes are.</summary>
public static class ExportMemosCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var by = new Option<MemoGrouping>("--by") { Description = "target (default: the journal, transcripts, themes, codings, framework cells), theme or author" };
        var order = new Option<MemoOrder>("--order") { Description = "date (default: oldest first) or target (by what the memo is on)" };
        var format = new Option<string?>("--format", "-f") { Description = "md or docx (default: the output file's extension)" };
        format.AcceptOnlyFromAmong("md", "docx");
        var output = ExportCommand.Output("memos.md");
        var allow = ExportCommand.AllowRealNames();
        var command = new Command("memos", "Export the project journal and every memo, grouped and ordered, with the quotes they are about")
        {
            by, order, format, output, allow,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var kind = parse.GetValue(format) ?? FormatOf(path);
            using var project = OpenProject.From(parse, globals);
            var pseudonymiser = new Pseudonymiser(project.Store.Pseudonyms());
            var allowed = parse.GetValue(allow);
            var themes = MemoReport.QuotedThemes(project.View);
            var quotes = themes.Count == 0 ? null : QuoteSheet.Prepare(
                new QuoteSelector(project.View, () => project.Search).Select(new QuoteChoice { Themes = themes }),
                QuoteOrder.Transcript, null, pseudonymiser, allowed);
            var report = MemoReport.Build(project.View, quotes, pseudonymiser, parse.GetValue(by), parse.GetValue(order), allowed);
            ExportCommand.WriteFile(path, stream =>
            {
                if (kind == "docx")
                {
                    MemoReportDocxWriter.Write(stream, report);
                    return;
                }
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                MemoReportMarkdownWriter.Write(writer, report);
            });
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new MemosWritten(path, kind, report.Count, report.Groups.Count, report.Replacements), Json.Types.MemosWritten);
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Wrote {path}: {Counted.Of(report.Count, "memo")} in {Counted.Of(report.Groups.Count, "group")}, {Counted.Of(report.Replacements, "real name")} replaced by pseudonyms.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "md",
        ".docx" => "docx",
        _ => throw new CodebookException(ErrorCode.Usage, $"cannot tell the format of '{Path.GetFileName(path)}'", "--output",
            "name the file .md or .docx, or say --format md|docx"),
    };
}

/// <summary><c>export memos --json</c>: the file written, its memos and groups.</summary>
public sealed record MemosWritten(string File, string Format, int Memos, int Groups, int Replacements);
