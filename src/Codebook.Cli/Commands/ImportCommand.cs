using System.CommandLine;
using Codebook.Cli.Importing;
using Codebook.Cli.Output;
using Codebook.Core.Import;
using Codebook.Formats.Revisions;
using Spectre.Console;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook import FILES-OR-FOLDERS...</c>: reads transcripts into the project, reporting each bad file.</summary>
public static class ImportCommand
{
    /// <summary>Below this many files an import is quick enough that a progress bar would only flicker.</summary>
    private const int ProgressThreshold = 5;

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var inputs = new Argument<string[]>("FILES-OR-FOLDERS")
        {
            Description = "Transcript files (.txt .md .docx .vtt .srt) or folders holding them",
            Arity = ArgumentArity.OneOrMore,
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "Update a transcript of the same id even when the file shares less than half its text (another interview?)",
        };
        var command = new Command("import",
            "Import transcripts; a bad file is reported and skipped, the others import; a corrected file updates its transcript")
        {
            inputs, replace,
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            if (parse.GetValue(replace)) project.Backup("import-replace");
            var run = new ImportRun(new TranscriptImporter(project.Store, project.Coder, project.Clock, WordDiff.Instance), parse.GetValue(replace), project.Store.Location);
            var files = ImportInput.Expand(parse.GetValue(inputs)!);
            var json = parse.GetValue(globals.Json);
            // One index update for the whole run rather than one per file (docs/PERFORMANCE.md).
            project.Index.Hold();
            var progress = context.ShowsProgress && !json && files.Count >= ProgressThreshold;
            List<ImportResult> results;
            try
            {
                if (json) results = files.Select(run.Import).ToList();
                else if (progress) results = WithProgress(context, files, run);
                else results = files.Select(file => Reported(context.Out, run.Import(file))).ToList();
            }
            finally
            {
                project.Index.Release();
            }

            if (json) Json.Write(context.Out, results);
            else if (progress) ImportSummary.Print(context.Out, results);
            else ImportSummary.Totals(context.Out, results);
            return results.Any(r => r.Status == ImportResultStatus.Failed) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Each file's line as soon as it is stored (a kill after it leaves the file in the project).</summary>
    private static ImportResult Reported(TextWriter output, ImportResult result)
    {
        ImportSummary.Line(output, result);
        return result;
    }

    private static List<ImportResult> WithProgress(CliContext context, IReadOnlyList<ImportInput> files, ImportRun run)
    {
        var results = new List<ImportResult>();
        context.ErrorConsole.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("Importing", maxValue: files.Count);
            foreach (var file in files)
            {
                task.Description = Markup.Escape(Path.GetFileName(file.Path));
                results.Add(run.Import(file));
                task.Increment(1);
            }
        });
        return results;
    }
}
