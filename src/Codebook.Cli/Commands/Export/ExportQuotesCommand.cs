using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Quotes;
using Codebook.Core.Text;
using Codebook.Formats.Quotes;

namespace Codebook.Cli.Commands.Export;

/// <summary><c>codebook export quotes --theme T[,T2] [--query Q] [--where k=v] [--coder C] [--status S] [--format md|docx|csv]
/// [--template ...] [--trim N] [--memos] [--translation] [--order transcript|theme] [--allow-real-names] --output FILE</c>.</summary>
public static class ExportQuotesCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var themes = new Option<string?>("--theme", "-t") { Description = "Themes, comma-separated; each with its sub-themes" };
        var query = new Option<string?>("--query", "-q") { Description = "Only codings overlapping this query's hits; without --theme and --coder, the hits themselves" };
        var where = new Option<string[]>("--where") { Description = "Only cases with this attribute value, e.g. role=service-user (repeatable)" };
        var status = new Option<string?>("--status") { Description = "Only themes with this review status: draft, in-review, approved" };
        var format = new Option<string?>("--format", "-f") { Description = "md, docx or csv (default: the output file's extension)" };
        format.AcceptOnlyFromAmong("md", "docx", "csv");
        var template = new Option<string?>("--template") { Description = $"The citation template (default: \"{CitationTemplate.Default}\", the case only when it is not the speaker)" };
        var trim = new Option<int?>("--trim") { Description = "Shorten each speaker's words to about N words at sentence borders, with […] where words are left out" };
        var memos = new Option<bool>("--memos") { Description = "Add the codings' memos" };
        var translation = new Option<bool>("--translation") { Description = "Add room for a translation after each quote (a column in CSV)" };
        var order = new Option<QuoteOrder>("--order") { Description = "transcript (default) or theme, with a heading per theme" };
        var output = ExportCommand.Output();
        var allow = ExportCommand.AllowRealNames();
        // The global --coder says who is working; here, as in 'codings', it chooses whose codings to quote.
        var command = new Command("quotes", "Export quotes with citations, pseudonymised, as Markdown, Word or CSV")
        {
            themes, query, where, status, format, template, trim, memos, translation, order, output, allow,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var budget = parse.GetValue(trim);
            if (budget is < 1) throw new CodebookException(ErrorCode.Usage, $"--trim must be 1 or more words, not {budget}", "--trim", "e.g. --trim 80");
            var kind = parse.GetValue(format) ?? FormatOf(path);
            var choice = new QuoteChoice
            {
                Themes = parse.GetValue(themes)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                Query = parse.GetValue(query),
                Where = Conditions(parse.GetValue(where) ?? []),
                Coder = parse.GetValue(globals.Coder),
                Status = parse.GetValue(status) is { } text ? ThemeRules.ParseStatus(text)
                    ?? throw new CodebookException(ErrorCode.Usage, $"'{text}' is not a review status", "--status", "use draft, in-review or approved") : null,
                Order = parse.GetValue(order),
            };
            using var project = OpenProject.From(parse, globals);
            var quotes = new QuoteSelector(project.View, () => project.Search).Select(choice);
            var cited = parse.GetValue(template) is { } written
                ? CitationTemplate.Parse(written, project.Store.Cases().SelectMany(c => c.Attributes.Keys))
                : null;
            var pseudonymiser = new Pseudonymiser(project.Store.Pseudonyms());
            var allowed = parse.GetValue(allow);
            var sheet = QuoteSheet.Prepare(quotes, choice.Order, cited, pseudonymiser, allowed, budget);
            var layout = new QuoteLayout(parse.GetValue(memos), parse.GetValue(translation));
            foreach (var leak in sheet.RealNamesLeft) context.Error.WriteLine($"warning: real name written (--allow-real-names): {leak}");
            ExportCommand.WriteChecked(path, stream => Write(kind, stream, sheet, layout), pseudonymiser, allowed, context);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new QuotesWritten(path, kind, sheet.Quotes.Count, sheet.Replacements, sheet.Trimmed), Json.Types.QuotesWritten);
                return ExitCodes.Ok;
            }
            var trimmed = sheet.Trimmed == 0 ? "" : $", {Counted.Of(sheet.Trimmed, "quote")} shortened with {QuoteTrim.Gap}";
            context.Out.WriteLine($"Wrote {path}: {Counted.Of(sheet.Quotes.Count, "quote")}, {Counted.Of(sheet.Replacements, "real name")} replaced by pseudonyms{trimmed}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(string format, Stream stream, QuoteSheet sheet, QuoteLayout layout)
    {
        switch (format)
        {
            case "docx": QuoteDocxWriter.Write(stream, sheet, layout); break;
            case "csv": QuoteCsvWriter.Write(stream, sheet); break;
            default:
                using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                {
                    QuoteMarkdownWriter.Write(writer, sheet, layout);
                }
                break;
        }
    }

    private static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "md",
        ".docx" => "docx",
        ".csv" => "csv",
        _ => throw new CodebookException(ErrorCode.Usage, $"cannot tell the format of '{Path.GetFileName(path)}'", "--output",
            "name the file .md, .docx or .csv, or say --format md|docx|csv"),
    };

    private static Dictionary<string, string> Conditions(IEnumerable<string> conditions) =>
        conditions.Select(c => c.Split('=', 2, StringSplitOptions.TrimEntries)).ToDictionary(
            parts => parts.Length == 2 && parts[0].Length > 0 ? parts[0]
                : throw new CodebookException(ErrorCode.Usage, $"'{string.Join('=', parts)}' is not a condition", "--where", "write it as ATTRIBUTE=VALUE, e.g. --where role=service-user"),
            parts => parts[1],
            StringComparer.Ordinal);
}

/// <summary><c>export quotes --json</c>: the file written, its quotes, real names replaced, quotes shortened.</summary>
public sealed record QuotesWritten(string File, string Format, int Quotes, int Replacements, int Trimmed);
