using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Merging;
using Codebook.Core.Text;
using Codebook.Storage;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook merge OTHER.codebook</c>: another coder's codings on the same transcripts, brought into this project.</summary>
public static class MergeCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var other = new Argument<string>("OTHER") { Description = "The other project file; it is only read" };
        var command = new Command("merge", "Bring in another project's codings (and memos on them) on the same transcripts, matched by text") { other };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(other)!;
            using var project = OpenProject.From(parse, globals);
            MergeReport report;
            using (var theirs = ProjectFile.Open(path, project.Clock, Openings.For(parse, globals)))
            {
                project.Backup("merge");
                report = new ProjectMerge(project.Store, project.Coder).Merge(theirs, Path.GetFileName(path));
            }
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new MergeJson(report.Merged, report.MergedByCoder, report.Memos, report.AlreadyMerged, report.Conflicts), Json.Types.MergeJson);
                return ExitCodes.Ok;
            }
            var who = report.MergedByCoder.Select(p => $"{p.Value} by {p.Key}");
            context.Out.WriteLine($"Merged {Counted.Of(report.Merged, "coding")}{(report.Merged > 0 ? $" ({string.Join(", ", who)})" : "")} and {Counted.Of(report.Memos, "memo")}; {report.AlreadyMerged} already here.");
            foreach (var conflict in report.Conflicts) context.Out.WriteLine($"  {Describe(conflict.Kind)}: {conflict.About} ({Counted.Of(conflict.Codings, "coding")})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Describe(MergeConflictKind kind) => kind switch
    {
        MergeConflictKind.TranscriptNotFound => "skipped, no transcript here with the same text",
        MergeConflictKind.ThemeMissing => "skipped, theme not in this codebook",
        _ => "added, differs from that coder's work here",
    };
}

/// <summary><c>merge --json</c>: the report, its total first.</summary>
public sealed record MergeJson(int Merged, IReadOnlyDictionary<string, int> MergedByCoder, int Memos, int AlreadyMerged, IReadOnlyList<MergeConflict> Conflicts);
