using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Search;
using Codebook.Core.Text;
using Codebook.Search.Queries;

namespace Codebook.Cli.Commands.Search;

/// <summary><c>codebook search QUERY [--limit N]</c>: passages found by a query (docs/search.md), best first, as
/// keyword-in-context lines.</summary>
public static class SearchCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"phrases\", fields such as theme:resistance or role:participant (see docs/search.md)" };
        var limit = new Option<int>("--limit", "-n") { Description = "Show at most this many passages", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Find passages by words (in French and Spanish), themes, speakers and case attributes")
        {
            query, limit,
        };
        command.SetAction(parse =>
        {
            var max = parse.GetValue(limit);
            if (max < 1) throw new CodebookException(ErrorCode.Usage, $"--limit must be at least 1, not {max}", "--limit", "e.g. --limit 50");
            var text = parse.GetValue(query)!;
            QueryWarmUp.Start(text);
            var results = IndexAloneSearch.TrySearch(parse, globals, text, max) ?? FullSearch(parse, globals, text, max);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new SearchJson(text, results.Total, results.Hits.Select(HitPrinter.Row)), Json.Types.SearchJson);
                return ExitCodes.Ok;
            }
            foreach (var hit in results.Hits) HitPrinter.Print(context, hit);
            context.Out.WriteLine(results.Total > results.Hits.Count
                ? $"{Counted.Of(results.Total, "passage")} found, the best {results.Hits.Count} shown (--limit N for more)."
                : $"{Counted.Of(results.Total, "passage")} found.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The project opened, its index repaired or rebuilt if it must be, searched, then confirmed current.</summary>
    private static SearchResults FullSearch(ParseResult parse, GlobalOptions globals, string text, int max)
    {
        using var project = OpenProject.From(parse, globals);
        var results = project.Search.Search(text, max);
        IndexAloneSearch.Confirm(project);
        return results;
    }
}
