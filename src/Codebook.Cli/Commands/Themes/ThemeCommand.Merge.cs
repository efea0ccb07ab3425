using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Text;
using Codebook.Core.Themes;

namespace Codebook.Cli.Commands.Themes;

public static partial class ThemeCommand
{
    private static Command Merge(GlobalOptions globals, CliContext context)
    {
        var from = ThemeId("THEME");
        var into = new Option<string>("--into") { Description = "The theme that takes its codings, memos and sub-themes", Required = true };
        var command = new Command("merge", "Merge a theme into another: codings, memos and sub-themes move, the theme goes") { from, into };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.ThemeMerge, service =>
        {
            var merge = service.Merge(parse.GetValue(from)!, parse.GetValue(into)!);
            var dropped = merge.Dropped.Count == 0 ? "" : $"; {merge.Dropped.Count} it already had dropped ({string.Join(", ", merge.Dropped)}), undo brings them back";
            var children = merge.Children.Count == 0 ? "" : $"; {string.Join(", ", merge.Children)} now under {merge.Into}";
            return (merge, $"merged {merge.From} into {merge.Into}: {Counted.Of(merge.Moved.Count, "coding")} moved{dropped}{children}");
        }, backupBefore: "theme-merge"));
        return command;
    }

    private static Command Split(GlobalOptions globals, CliContext context)
    {
        var from = ThemeId("THEME");
        var into = new Option<string[]>("--into")
        {
            Description = "A new theme, NEW or NEW:LABEL; repeat for several, each followed by its --codings",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var codings = new Option<string[]>("--codings") { Description = "The codings (C1,C2,...) the preceding --into takes", Required = true };
        var command = new Command("split", "Split new themes off a theme, choosing which codings each takes (the rest stay)") { from, into, codings };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.IReadOnlyListTheme, service =>
        {
            var parts = Parts(parse.GetValue(into)!, parse.GetValue(codings)!);
            var created = service.Split(parse.GetValue(from)!, parts);
            var moved = parts.Sum(p => p.CodingIds.Count);
            return (created, $"split {parse.GetValue(from)} into {string.Join(", ", created.Select(t => t.Id))}: {Counted.Of(moved, "coding")} moved");
        }));
        return command;
    }

    private static Command Delete(GlobalOptions globals, CliContext context)
    {
        var id = ThemeId();
        var command = new Command("delete", "Delete a theme and its codings (undo brings them back); its sub-themes move up") { id };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.ThemeDeletion, service =>
        {
            var deleted = service.Delete(parse.GetValue(id)!);
            var place = deleted.Theme.ParentId is { } parent ? $"under {parent}" : "to the top";
            var children = deleted.Children.Count == 0 ? "" : $"; {string.Join(", ", deleted.Children)} moved up {place}";
            return (deleted, $"deleted {deleted.Theme.Id} \"{deleted.Theme.Label}\" and its {Counted.Of(deleted.Codings, "coding")}{children} ('codebook undo' brings them back)");
        }, backupBefore: "theme-delete"));
        return command;
    }

    /// <summary>Pairs each <c>--into NEW[:LABEL]</c> with the <c>--codings</c> given after it, in order.</summary>
    private static List<ThemeSplitPart> Parts(string[] into, string[] codings)
    {
        if (into.Length != codings.Length)
        {
            throw new CodebookException(ErrorCode.Usage, $"{into.Length} --into but {codings.Length} --codings", "split",
                "give each new theme its codings: --into a:\"Label A\" --codings c1,c2 --into b --codings c3");
        }
        return into.Zip(codings, (theme, ids) =>
        {
            var parts = theme.Split(':', 2, StringSplitOptions.TrimEntries);
            var list = ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new ThemeSplitPart(parts[0], parts.Length == 2 ? parts[1] : null, list);
        }).ToList();
    }
}
