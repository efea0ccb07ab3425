using System.CommandLine;
using Codebook.Cli.Tables;
using Codebook.Core.Analysis;
using Codebook.Core.Cases;
using Codebook.Core.Errors;
using Codebook.Core.Tables;

namespace Codebook.Cli.Commands.Analysis;

/// <summary><c>codebook matrix --by case|attr:NAME [--bins E1,E2…] [--presence] [--rollup]</c>: themes against cases,
/// attribute values, or bins of a number or date attribute's values.</summary>
public static class MatrixCommand
{
    private const string AttributePrefix = "attr:";

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var by = new Option<string>("--by") { Description = "case, or attr:NAME for a case attribute (attr:role, attr:territory)", Required = true };
        var presence = new Option<bool>("--presence") { Description = "Count cases with the theme instead of codings" };
        var rollup = new Option<bool>("--rollup") { Description = "Count each theme's sub-themes with it" };
        var bins = new Option<string?>("--bins") { Description = "With --by attr:NAME of a number or date attribute: group its values between these edges (25,35,50)" };
        var output = new TableOutput(globals);
        var command = new Command("matrix", "Themes against cases or the values of a case attribute") { by, bins, presence, rollup };
        var scopes = new AnalysisScopes();
        scopes.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var scope = scopes.Open(parse, project, context);
            if (parse.GetValue(bins) is not null && parse.GetValue(by) == "case")
            {
                throw new CodebookException(ErrorCode.Usage, "--bins groups the values of an attribute", "--bins", "use it with --by attr:NAME, e.g. --by attr:age --bins 30,45");
            }
            var count = parse.GetValue(presence) ? MatrixCount.Cases : MatrixCount.Codings;
            var matrix = parse.GetValue(by) switch
            {
                "case" => ThemeMatrices.ByCase(scope, count, parse.GetValue(rollup)),
                { } text when text.StartsWith(AttributePrefix, StringComparison.Ordinal) && text.Length > AttributePrefix.Length =>
                    ByAttribute(project, scope, text[AttributePrefix.Length..], parse.GetValue(bins), count, parse.GetValue(rollup)),
                var text => throw new CodebookException(ErrorCode.Usage, $"cannot make columns of '{text}'", null,
                    "use --by case or --by attr:NAME, e.g. --by attr:role"),
            };
            output.Write(parse, context, MatrixTable.From(matrix));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A column per value, or per bin when edges are given for an attribute some case has (one no case has
    /// is reported by <see cref="ThemeMatrices.ByAttribute"/>).</summary>
    private static ThemeMatrix ByAttribute(OpenProject project, AnalysisScope scope, string attribute, string? edges, MatrixCount count, bool rollup)
    {
        var types = AttributeTypes.Of(project.View);
        return edges is not null && types.Names.Contains(attribute)
            ? ThemeMatrices.ByAttributeBins(scope, attribute, AttributeBins.Parse(attribute, types.TypeOf(attribute), edges), count, rollup)
            : ThemeMatrices.ByAttribute(scope, attribute, count, rollup);
    }
}
