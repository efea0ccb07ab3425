using System.CommandLine;
using Codebook.Cli.Commands.Analysis;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Framework;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Quotes;
using Codebook.Core.Text;
using Codebook.Formats.Framework;

namespace Codebook.Cli.Commands.Export;

/// <summary><c>codebook export framework [--themes T,…] [--where QUERY] [--format xlsx|docx|md] [--quotes]
/// [--allow-real-names] --output FILE</c>: the framework matrix, each cell's summary and number of passages, and its
/// quotes on request, pseudonymised as quote exports are.</summary>
public static class ExportFrameworkCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var choice = new FrameworkChoice();
        var format = new Option<string?>("--format", "-f") { Description = "xlsx, docx or md (default: the output file's extension)" };
        format.AcceptOnlyFromAmong("xlsx", "docx", "md");
        var quotes = new Option<bool>("--quotes") { Description = "Add each cell's quotes with their citations (in xlsx, on a second sheet)" };
        var output = ExportCommand.Output("framework.xlsx");
        var allow = ExportCommand.AllowRealNames();
        var command = new Command("framework", "Export the framework matrix (cases by themes, summaries, passages) as a spreadsheet, Word or Markdown")
        {
            format, quotes, output, allow,
        };
        choice.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var kind = parse.GetValue(format) ?? FormatOf(path);
            using var project = OpenProject.From(parse, globals);
            var matrix = choice.Matrix(parse, project, context);
            var pseudonymiser = new Pseudonymiser(project.Store.Pseudonyms());
            var allowed = parse.GetValue(allow);
            QuoteSheet? quoted = null;
            if (parse.GetValue(quotes) && matrix.Themes.Count > 0)
            {
                var picked = new QuoteSelector(project.View, () => project.Search)
                    .Select(new QuoteChoice { Themes = matrix.Themes.Select(t => t.Id).ToList(), Query = choice.Query(parse) });
                quoted = QuoteSheet.Prepare(picked, QuoteOrder.Transcript, null, pseudonymiser, allowed);
            }
            var sheet = FrameworkSheet.Prepare(matrix, quoted, pseudonymiser, allowed);
            ExportCommand.WriteFile(path, stream =>
            {
                switch (kind)
                {
                    case "xlsx": FrameworkXlsxWriter.Write(stream, sheet, quoted is not null); break;
                    case "docx": FrameworkDocxWriter.Write(stream, sheet, quoted is not null); break;
                    default:
                        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true)) FrameworkMarkdownWriter.Write(writer, sheet, quoted is not null);
                        break;
                }
            });
            var replaced = sheet.Replacements + (quoted?.Replacements ?? 0);
            var written = sheet.Rows.Sum(r => r.Cells.Count(c => c.Summary.Length > 0));
            // The quotes placed in a column: those of sub-themes that are not columns themselves are left out.
            var placed = sheet.Rows.Sum(r => r.Cells.Sum(c => c.Quotes.Count));
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new FrameworkWritten(path, kind, sheet.Rows.Count, sheet.Themes.Count, written, placed, replaced), Json.Types.FrameworkWritten);
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Wrote {path}: {Counted.Of(sheet.Rows.Count, "case")} × {Counted.Of(sheet.Themes.Count, "theme")}, " +
                $"{Counted.Of(written, "summary", "summaries")}{(quoted is null ? "" : ", " + Counted.Of(placed, "quote"))}, {Counted.Of(replaced, "real name")} replaced by pseudonyms.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => "xlsx",
        ".docx" => "docx",
        ".md" or ".markdown" => "md",
        _ => throw new CodebookException(ErrorCode.Usage, $"cannot tell the format of '{Path.GetFileName(path)}'", "--output",
            "name the file .xlsx, .docx or .md, or say --format xlsx|docx|md"),
    };
}

/// <summary><c>export framework --json</c>: the file written and what it holds.</summary>
public sealed record FrameworkWritten(string File, string Format, int Cases, int Themes, int Summaries, int Quotes, int Replacements);
