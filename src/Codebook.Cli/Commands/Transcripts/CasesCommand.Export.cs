using System.CommandLine;
using Codebook.Cli.Tables;
using Codebook.Core.Cases;
using Codebook.Core.Errors;
using Codebook.Core.Tables;
using Codebook.Formats.Cases;
using Codebook.Formats.Tables;

namespace Codebook.Cli.Commands.Transcripts;

public static partial class CasesCommand
{
    /// <summary><c>cases export [--format csv|xlsx] [--output FILE]</c>: the cases as a table that
    /// <c>cases import</c> reads back.</summary>
    private static Command Export(GlobalOptions globals, CliContext context)
    {
        var format = new Option<string?>("--format", "-f") { Description = "csv or xlsx (default: from the output file's name, else csv)" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (needed for xlsx; CSV goes to the standard output without it)" };
        var command = new Command("export", "Write the cases and their attributes as a table (CSV or .xlsx) that 'cases import' reads back")
        {
            format, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output);
            var chosen = parse.GetValue(format) ?? (path is not null && Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? "xlsx" : "csv");
            if (chosen == "xlsx" && path is null)
            {
                throw new CodebookException(ErrorCode.Usage, "an .xlsx workbook needs a file to go to", "cases export", "add --output cases.xlsx");
            }
            using var project = OpenProject.From(parse, globals);
            var table = CaseTable.Of(project.Store.Cases(), project.Store.TranscriptsWithoutText(), AttributeTypes.Of(project.Store));
            if (path is null) CsvTable.Write(context.Out, table);
            else
            {
                if (chosen == "xlsx") XlsxTable.Write(path, table);
                else new TableFile().Write(path, table);
                context.Error.WriteLine($"Wrote {table.Rows.Count} cases to {path}.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
