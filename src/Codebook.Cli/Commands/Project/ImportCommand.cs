using System.CommandLine;
using Codebook.Cli.Commands.Themes;
using Codebook.Cli.Importing;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Search;
using Codebook.Formats.Transcripts;
using Codebook.Formats.FileKinds;
using Codebook.Formats.Revisions;
using Spectre.Console;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook import FILES-OR-FOLDERS...</c>: reads transcripts into the project, reporting each bad file;
/// given one file of another kind, takes it where it belongs: a whole REFI-QDA project (.qdpx) into an empty
/// project, a codebook (.qdc, codebook .csv or .md) into the codebook.</summary>
public static class ImportCommand
{
    /// <summary>Below this many files an import is quick enough that a progress bar would only flicker.</summary>
    private const int ProgressThreshold = 5;

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var inputs = new Argument<string[]>("FILES-OR-FOLDERS")
        {
            Description = "Transcript files (.txt .md .docx .vtt .srt) or folders holding them; or one REFI-QDA project (.qdpx) "
                + "into an empty project; or one codebook (.qdc, .csv, Markdown codebook)",
            Arity = ArgumentArity.OneOrMore,
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "Update a transcript of the same id even when the file shares less than half its text (another interview?)",
        };
        var coderFrom = ImportQdpxCommand.CoderFromOption();
        var command = new Command("import",
            "Import transcripts (a bad file is reported and skipped, the others import; a corrected file updates its transcript), "
            + "a whole REFI-QDA project into an empty project, or a codebook")
        {
            inputs, replace, coderFrom,
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            if (Exchange(parse.GetValue(inputs)!) is { } exchange)
            {
                return exchange.Kind == FileKind.Project
                    ? ImportQdpxCommand.Run(project, exchange.Path, parse.GetValue(coderFrom), parse.GetValue(globals.Json), context)
                    : ThemesCommand.ImportCodebook(project, exchange.Path, exchange.Kind, parse.GetValue(globals.Json), context);
            }
            if (parse.GetValue(replace)) project.Backup("import-replace");
            var run = new ImportRun(new TranscriptImporter(project.Store, project.Coder, project.Clock, WordDiff.Instance), TranscriptReader.Read,
                CommandHints.Say, parse.GetValue(replace), project.Store.Location);
            var files = ImportInput.Expand(parse.GetValue(inputs)!, TranscriptFiles.ProblemOf);
            var json = parse.GetValue(globals.Json);
            var progress = context.ShowsProgress && !json && files.Count >= ProgressThreshold;
            // Each file's line as soon as it is stored (a kill after it leaves the file in the project).
            var results = json ? run.ImportAll(files, project.Index)
                : progress ? WithProgress(context, files, run, project.Index)
                : run.ImportAll(files, project.Index, done: result => ImportSummary.Line(context.Out, result));

            if (json) Json.Write(context.Out, results, Json.Types.ListImportResult);
            else if (progress) ImportSummary.Print(context.Out, results);
            else ImportSummary.Totals(context.Out, results);
            return results.Any(r => r.Status == ImportResultStatus.Failed) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The one project or codebook file named, if that is what the command was given. Such a file goes in alone:
    /// among transcripts it is refused, saying so, before anything is imported.</summary>
    private static (string Path, FileKind Kind)? Exchange(string[] paths)
    {
        var files = paths.Where(File.Exists).Select(path => (Path: path, Kind: FileKindDetector.Of(path))).ToList();
        var exchange = files.Where(f => f.Kind == FileKind.Project || FileKindDetector.IsCodebook(f.Kind)).ToList();
        if (exchange.Count == 0) return null;
        if (paths.Length > 1)
        {
            var (path, kind) = exchange[0];
            throw new CodebookException(ErrorCode.Usage, $"this is {FileKindDetector.Describe(kind)}, which is imported alone, not with other files", path,
                $"import it on its own: codebook import {path}; then the transcripts");
        }
        return exchange[0];
    }

    private static List<ImportResult> WithProgress(CliContext context, IReadOnlyList<ImportInput> files, ImportRun run, IndexKeeper index)
    {
        var results = new List<ImportResult>();
        context.ErrorConsole.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("Importing", maxValue: files.Count);
            results = run.ImportAll(files, index, starting: file => task.Description = Markup.Escape(Path.GetFileName(file.Path)), done: _ => task.Increment(1));
        });
        return results;
    }
}
