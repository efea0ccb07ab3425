using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Search;
using Codebook.Core.Text;
using Codebook.Search.Indexing;

namespace Codebook.Cli.Commands.Search;

/// <summary><c>codebook index rebuild|check</c>: the search index beside the project file, which is derived from it
/// and kept in step by every change; these are for when something went wrong outside Codebook.</summary>
public static class IndexCommand
{
    public static Command Create(GlobalOptions globals, CliContext context) =>
        new("index", "Rebuild or check the search index (NAME.codebook.index, beside the project file)")
        {
            Rebuild(globals, context),
            Check(globals, context),
        };

    private static Command Rebuild(GlobalOptions globals, CliContext context)
    {
        var command = new Command("rebuild", "Rebuild the search index from the project");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var size = project.Index.Rebuild();
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, size, Json.Types.IndexSize);
            else context.Out.WriteLine($"Rebuilt the search index: {size}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads the index without repairing it; exit 1 when it is not ok, so scripts can act.</summary>
    private static Command Check(GlobalOptions globals, CliContext context)
    {
        var command = new Command("check", "Say whether the search index is ok, stale, damaged or missing (exit 1 unless ok)");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var found = project.InspectIndex();
            var lastChange = project.Store.LastChange;
            var condition = IndexKeeper.Judge(found.Condition, found.Reflects, lastChange);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new IndexCheckJson(condition, found.Passages, found.Reflects, lastChange, found.Problem, project.IndexFolder), Json.Types.IndexCheckJson);
            }
            else context.Out.WriteLine(Describe(condition, found, lastChange));
            return condition == IndexCondition.Ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static string Describe(IndexCondition condition, IndexInspection found, long lastChange) => condition switch
    {
        IndexCondition.Ok => $"ok: {Counted.Of(found.Passages, "passage")}, up to change #{lastChange}.",
        IndexCondition.Stale => $"stale: {Counted.Of(found.Passages, "passage")}, up to change #{found.Reflects?.ToString() ?? "?"} of #{lastChange}; " +
            "the next search rebuilds it, or run 'codebook index rebuild'.",
        IndexCondition.Damaged => $"damaged: {found.Problem}; the next search rebuilds it, or run 'codebook index rebuild'.",
        _ => "missing: the next search builds it, or run 'codebook index rebuild'.",
    };
}

/// <summary><c>index check --json</c>.</summary>
public sealed record IndexCheckJson(IndexCondition Condition, int Passages, long? Reflects, long LastChange, string? Problem, string Folder);
