using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Cli.Tables;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Storage.Backups;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook backup</c> and <c>codebook restore [BACKUP]</c>: the project's rolling backups
/// (<c>NAME.codebook.backups/</c>), made on demand and before every destructive operation.</summary>
public static class BackupCommand
{
    public static Command Backup(GlobalOptions globals, CliContext context)
    {
        var command = new Command("backup", $"Back the project up now (the last {ProjectBackups.Kept} backups are kept)");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var backup = project.Backup("backup");
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, backup, Json.Types.ProjectBackup);
            else context.Out.WriteLine($"Backed up to {backup.Path} ({Size(backup.Bytes)}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Restore(GlobalOptions globals, CliContext context)
    {
        var name = new Argument<string?>("BACKUP") { Description = "The backup to put back (its name, as listed); none: list them", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("restore", "List the project's backups, or put one back (the file it replaces is backed up first)") { name };
        command.SetAction(parse =>
        {
            var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
            var json = parse.GetValue(globals.Json);
            if (parse.GetValue(name) is not { } chosen)
            {
                var backups = ProjectBackups.List(path);
                if (json) Json.Write(context.Out, backups, Json.Types.IReadOnlyListProjectBackup);
                else List(context, path, backups);
                return ExitCodes.Ok;
            }
            var replaced = ProjectFile.Restore(path, ProjectBackups.Find(path, chosen), SystemClock.Instance, Openings.For(parse, globals));
            // The index reflects the file that was replaced.
            var index = LuceneSearchIndex.FolderOf(path);
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
            if (json) Json.Write(context.Out, new RestoreJson(chosen, replaced.Path), Json.Types.RestoreJson);
            else context.Out.WriteLine($"Restored {chosen}. The file it replaced is kept in {replaced.Path}; the search index is rebuilt on the next search.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void List(CliContext context, string path, IReadOnlyList<ProjectBackup> backups)
    {
        if (backups.Count == 0)
        {
            context.Out.WriteLine($"No backups of {path} yet ('codebook backup' makes one).");
            return;
        }
        DrawnColumn[] columns = [new("backup"), new("made (UTC)"), new("before"), new("size")];
        DrawnTable.Listing(columns, backups.Select(backup => new DrawnCell[] { Path.GetFileNameWithoutExtension(backup.Name),
            backup.At.ToString("yyyy-MM-dd HH:mm:ss"), backup.Operation, Size(backup.Bytes) })).Write(context);
        context.Out.WriteLine($"In {ProjectBackups.FolderOf(path)}. Put one back with 'codebook restore BACKUP'.");
    }

    private static string Size(long bytes) => bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";
}

/// <summary><c>restore BACKUP --json</c>: the backup put back, and where the file it replaced is kept.</summary>
public sealed record RestoreJson(string Restored, string ReplacedKeptIn);
