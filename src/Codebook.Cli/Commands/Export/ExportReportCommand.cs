using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Reports;
using Codebook.Core.Text;
using Codebook.Formats.Reports;

namespace Codebook.Cli.Commands.Export;

/// <summary><c>codebook export report [--examples N] [--allow-real-names] --output FILE</c>: the codebook report for supervisors.</summary>
public static class ExportReportCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var examples = new Option<int>("--examples", "-n") { Description = "Example quotes per theme", DefaultValueFactory = _ => 3 };
        var output = ExportCommand.Output();
        var allow = ExportCommand.AllowRealNames();
        var command = new Command("report", "Write the codebook as Markdown for supervisors: tree, definitions, rules, counts, review status, example quotes")
        {
            examples, output, allow,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(examples);
            if (count < 0) throw new CodebookException(ErrorCode.Usage, $"--examples must be 0 or more, not {count}", "--examples", "e.g. --examples 3");
            var path = parse.GetValue(output)!;
            using var project = OpenProject.From(parse, globals);
            var report = CodebookReport.Of(project.View, count, parse.GetValue(allow));
            foreach (var leak in report.Themes.SelectMany(t => t.Examples).SelectMany(q => q.RealNamesLeft))
            {
                context.Error.WriteLine($"warning: real name written (--allow-real-names): {leak}");
            }
            ExportCommand.WriteChecked(path, stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                CodebookReportWriter.Write(writer, report);
            }, new Pseudonymiser(project.Store.Pseudonyms()), parse.GetValue(allow), context);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new ReportWritten(path, report.Themes.Count, report.Themes.Sum(t => t.Examples.Count), report.Replacements), Json.Types.ReportWritten);
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Wrote {path}: {Counted.Of(report.Themes.Count, "theme")}, " +
                                  $"{Counted.Of(report.Themes.Sum(t => t.Examples.Count), "example quote")}, {Counted.Of(report.Replacements, "real name")} replaced by pseudonyms.");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary><c>export report --json</c>: the file written, its themes and example quotes.</summary>
public sealed record ReportWritten(string File, int Themes, int Examples, int Replacements);
