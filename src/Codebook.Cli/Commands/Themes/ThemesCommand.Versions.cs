using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Text;
using Codebook.Core.Themes;

namespace Codebook.Cli.Commands.Themes;

public static partial class ThemesCommand
{
    private static Command Snapshot(GlobalOptions globals, CliContext context)
    {
        var label = new Option<string>("--label") { Description = "A name for this version of the codebook, e.g. v1", Required = true };
        var command = new Command("snapshot", "Keep a labelled copy of the codebook, to compare with later") { label };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var snapshot = project.Workspace.Versions.Snapshot(parse.GetValue(label)!);
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, new SnapshotRow(snapshot.Label, snapshot.At, snapshot.Coder, snapshot.Themes.Count), Json.Types.SnapshotRow);
            else context.Out.WriteLine($"snapshot \"{snapshot.Label}\": {Counted.Of(snapshot.Themes.Count, "theme")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Snapshots(GlobalOptions globals, CliContext context)
    {
        var command = new Command("snapshots", "List the codebook's snapshots, oldest first");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var snapshots = project.Store.Snapshots().Select(s => new SnapshotRow(s.Label, s.At, s.Coder, s.Themes.Count)).ToList();
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, snapshots, Json.Types.ListSnapshotRow);
            else if (snapshots.Count == 0) context.Out.WriteLine("No snapshots yet. Take one with: codebook themes snapshot --label v1");
            else foreach (var s in snapshots) context.Out.WriteLine($"{s.Label}  {s.At:yyyy-MM-dd HH:mm}  {s.Coder}  {Counted.Of(s.Themes, "theme")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diff(GlobalOptions globals, CliContext context)
    {
        var before = new Argument<string>("A") { Description = $"A snapshot's label, or '{CodebookVersions.Current}'" };
        var after = new Argument<string>("B") { Description = $"A later snapshot's label, or '{CodebookVersions.Current}' for the live codebook" };
        var command = new Command("diff", "Name the themes added, removed, renamed, moved, merged, split or redefined from A to B") { before, after };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var differences = project.Workspace.Versions.Diff(parse.GetValue(before)!, parse.GetValue(after)!);
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, differences, Json.Types.IReadOnlyListThemeDifference);
            else ThemeDifferenceView.Print(context.Out, differences);
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>A snapshot of the codebook as <c>themes snapshot(s)</c> print it: its theme count.</summary>
public sealed record SnapshotRow(string Label, DateTime At, string Coder, int Themes);
