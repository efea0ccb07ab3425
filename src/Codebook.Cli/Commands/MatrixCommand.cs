using System.CommandLine;
using Codebook.Cli.Tables;
using Codebook.Core.Analysis;
using Codebook.Core.Errors;
using Codebook.Formats.Tables;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook matrix --by case|attr:NAME [--presence] [--rollup]</c>: themes against cases or attribute values.</summary>
public static class MatrixCommand
{
    private const string AttributePrefix = "attr:";

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var by = new Option<string>("--by") { Description = "case, or attr:NAME for a case attribute (attr:role, attr:territory)", Required = true };
        var presence = new Option<bool>("--presence") { Description = "Count cases with the theme instead of codings" };
        var rollup = new Option<bool>("--rollup") { Description = "Count each theme's sub-themes with it" };
        var output = new TableOutput(globals);
        var command = new Command("matrix", "Themes against cases or the values of a case attribute") { by, presence, rollup };
        var scopes = new AnalysisScopes();
        scopes.AddTo(command);
                output.AddTo(command);
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var scope = scopes.Open(parse, project, context);
            var count = parse.GetValue(presence) ? MatrixCount.Cases : MatrixCount.Codings;
            var matrix = parse.GetValue(by) switch
            {
                "case" => ThemeMatrices.ByCase(scope, count, parse.GetValue(rollup)),
                { } text when text.StartsWith(AttributePrefix, StringComparison.Ordinal) && text.Length > AttributePrefix.Length =>
                    ThemeMatrices.ByAttribute(scope, text[AttributePrefix.Length..], count, parse.GetValue(rollup)),
                var text => throw new CodebookException(ErrorCode.Usage, $"cannot make columns of '{text}'", null,
                    "use --by case or --by attr:NAME, e.g. --by attr:role"),
            };
            output.Write(parse, context, MatrixTable.From(matrix));
            return ExitCodes.Ok;
        });
        return command;
    }
}
