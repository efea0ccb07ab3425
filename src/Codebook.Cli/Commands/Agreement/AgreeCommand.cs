using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Cli.Tables;
using Codebook.Core.Tables;
using Codebook.Core.Agreement;
using Codebook.Core.Errors;
using Codebook.Core.Ports;

namespace Codebook.Cli.Commands.Agreement;

/// <summary><c>codebook agree --coders A,B[,C...] [--unit passage|char] [--theme T | --domain T] [--transcripts IDS]</c>.</summary>
public static class AgreeCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var scope = new AgreementOptions();
        var unit = new Option<string>("--unit") { Description = "passage (coded or not) or char (unitizing α)", DefaultValueFactory = _ => "passage" };
        unit.AcceptOnlyFromAmong("passage", "char");
        var theme = new Option<string?>("--theme", "-t") { Description = "Only this theme" };
        var domain = new Option<string?>("--domain") { Description = "A parent theme whose children are mutually exclusive values" };
        var output = new TableOutput(globals);
        var command = new Command("agree", "Inter-coder agreement per theme and overall: percent, Cohen's κ, Fleiss' κ, Krippendorff's α") { unit, theme, domain };
        scope.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(theme) is not null && parse.GetValue(domain) is not null)
            {
                throw new CodebookException(ErrorCode.Usage, "give --theme or --domain, not both", "agree", "--domain compares the values of a parent theme's children");
            }
            using var project = OpenProject.From(parse, globals);
            var report = AgreementReport.Of(scope.Scope(parse, project), parse.GetValue(unit) == "char" ? AgreementUnit.Char : AgreementUnit.Passage,
                parse.GetValue(theme) is { } t ? project.Store.RequireTheme(t) : null,
                parse.GetValue(domain) is { } d ? project.Store.RequireTheme(d) : null);
            if (parse.GetValue(globals.Json) || parse.GetValue(output.Format) == TableFormat.Json)
            {
                Json.Write(context.Out, AgreementJson.From(report), Json.Types.AgreementJson);
                return ExitCodes.Ok;
            }
            output.Write(parse, context, AgreementTable.From(report));
            return ExitCodes.Ok;
        });
        return command;
    }
}
