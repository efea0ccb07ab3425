using System.CommandLine;
using System.Text;
using Codebook.Core.Tables;
using Codebook.Formats.Tables;

namespace Codebook.Cli.Tables;

/// <summary>The <c>--format</c> and <c>--output</c> options of the analysis commands, and writing a table as they say.</summary>
public sealed class TableOutput(GlobalOptions globals)
{
    public Option<TableFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table (the terminal), csv, md (a Markdown pipe table) or json; --json is the same as --format json; " +
            "without it, a file's extension (.csv, .md, .json) chooses",
        DefaultValueFactory = _ => TableFormat.Table,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write to this file instead of the standard output (CSV files start with a UTF-8 BOM for spreadsheets)",
    };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("table", "csv", "md", "json");
        command.Add(Format);
        command.Add(Output);
    }

    public void Write(ParseResult parse, CliContext context, ResultTable table)
    {
        var path = parse.GetValue(Output);
        var formatGiven = parse.GetResult(Format) is { Implicit: false };
        var format = parse.GetValue(globals.Json) ? TableFormat.Json
            : !formatGiven && path is not null && ByExtension(path) is { } named ? named
            : parse.GetValue(Format);
        if (path is null)
        {
            Write(format, context, table);
            return;
        }
        // Spreadsheet software takes a CSV without a BOM for the local code page and garbles the accents.
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == TableFormat.Csv));
        Write(format, new CliContext(file, context.Error), table);
        context.Error.WriteLine($"Wrote {path}.");
    }

    /// <summary>The format a file's name asks for (<c>freq -o freq.csv</c>), or null for the terminal's table.</summary>
    private static TableFormat? ByExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => TableFormat.Csv,
        ".md" => TableFormat.Md,
        ".json" => TableFormat.Json,
        _ => null,
    };

    private static void Write(TableFormat format, CliContext context, ResultTable table)
    {
        switch (format)
        {
            case TableFormat.Csv: CsvTable.Write(context.Out, table); break;
            case TableFormat.Md: MarkdownTable.Write(context.Out, table); break;
            case TableFormat.Json: JsonTable.Write(context.Out, table); break;
            default: TerminalTable.Write(context, table); break;
        }
    }
}
