using System.CommandLine;
using Codebook.Cli.Commands.Export;
using Codebook.Cli.Output;
using Codebook.Core.Application;
using Codebook.Core.Errors;
using Codebook.Core.Text;
using Codebook.Core.Themes;
using Codebook.Core.Model;
using Codebook.Formats.Codebooks;
using Codebook.Formats.FileKinds;
using Codebook.Formats.Refi;

namespace Codebook.Cli.Commands.Themes;

/// <summary><c>codebook themes [import FILE.md | export --format md | snapshot --label L | snapshots | diff A B]</c>:
/// the codebook as a tree with counts, in and out, and its versions.</summary>
public static partial class ThemesCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("themes", "Show the codebook as a tree with coding counts; import or export it")
        {
            Import(globals, context),
            Export(globals, context),
            Snapshot(globals, context),
            Snapshots(globals, context),
            Diff(globals, context),
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var tree = new ThemeTree(project.Store.Themes());
            var counts = ThemeCounts.Of(project.View.Codings());
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, tree.InOrder.Select(x => new ThemeTreeRow(x.Theme, x.Depth, counts.GetValueOrDefault(x.Theme.Id))), Json.Types.IEnumerableThemeTreeRow);
                return ExitCodes.Ok;
            }
            ThemeTreeView.Print(context.Out, tree, counts);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(GlobalOptions globals, CliContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A codebook: Markdown (docs/codebook-format.md), CSV (Taguette's tag and description columns) or REFI-QDA .qdc from another tool",
        };
        var command = new Command("import", "Add the themes of a Markdown, CSV or .qdc codebook to the project (known ids are updated)") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using var project = OpenProject.From(parse, globals);
            return ImportCodebook(project, path, FileKindDetector.Of(path), parse.GetValue(globals.Json), context);
        });
        return command;
    }

    /// <summary>A codebook file of <paramref name="kind"/> into the project's codebook; any other kind of file is
    /// refused with what it is and the command that takes it.</summary>
    public static int ImportCodebook(OpenProject project, string path, FileKind kind, bool json, CliContext context)
    {
        var (themes, notes) = Read(path, kind, project.Store.Themes());
        var result = new CodebookImporter(project.Store, project.Coder).Import(themes, Path.GetFileName(path));
        if (json)
        {
            Json.Write(context.Out, new CodebookImportJson(result.Added, result.Updated, notes), Json.Types.CodebookImportJson);
            return ExitCodes.Ok;
        }
        context.Out.WriteLine($"Imported {Counted.Of(themes.Count, "theme")} from {path}: {result.Added} added, {result.Updated} updated.");
        foreach (var note in notes) context.Out.WriteLine($"  not imported: {note}");
        return ExitCodes.Ok;
    }

    private static (IReadOnlyList<Theme> Themes, IReadOnlyList<string> Notes) Read(string path, FileKind kind, IReadOnlyList<Theme> known)
    {
        switch (kind)
        {
            case FileKind.RefiCodebook:
                var (themes, report) = QdcReader.Read(path, known);
                return (themes, report.Notes);
            case FileKind.CsvCodebook:
                return (CodebookCsvReader.Read(path), []);
            case FileKind.MarkdownCodebook:
                return (CodebookMarkdownReader.Read(path), []);
            case FileKind.Project:
                throw new CodebookException(ErrorCode.WrongKindOfFile, $"this is {FileKindDetector.Describe(kind)}, not a codebook", path,
                    "a whole project goes into an empty project: codebook import FILE; to take only its codebook, export it as .qdc from its tool");
            case FileKind.Transcript when Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase):
                // A Markdown file without theme headings may still be meant as a codebook: its reader says what is wrong.
                return (CodebookMarkdownReader.Read(path), []);
            case FileKind.Transcript:
                throw new CodebookException(ErrorCode.WrongKindOfFile, $"this is {FileKindDetector.Describe(kind)}, not a codebook", path,
                    "import transcripts with: codebook import FILE");
            default:
                throw new CodebookException(ErrorCode.WrongKindOfFile, "this is not a codebook Codebook reads", path,
                    "a codebook is Markdown (.md), CSV with a 'tag' column (.csv) or REFI-QDA (.qdc)");
        }
    }

    private static Command Export(GlobalOptions globals, CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "md (the Markdown codebook format) or csv (Taguette's tag and description columns, then ours)", DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the standard output" };
        var command = new Command("export", "Write the project's codebook") { format, output };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var themes = new ThemeTree(project.Store.Themes()).InOrder.Select(x => x.Theme).ToList();
            if (themes.Count == 0)
            {
                throw new CodebookException(ErrorCode.NotFound, "the project has no themes to export", project.Store.Location,
                    "import a codebook first: codebook themes import FILE.md");
            }
            var path = parse.GetValue(output);
            if (parse.GetValue(format) == "csv")
            {
                if (path is not null) ExportCommand.WriteFile(path, stream => CodebookCsvWriter.Write(stream, themes));
                else
                {
                    using var buffer = new MemoryStream();
                    CodebookCsvWriter.Write(buffer, themes);
                    context.Out.Write(new System.Text.UTF8Encoding(false).GetString(buffer.ToArray()).TrimStart('\uFEFF'));
                }
                return ExitCodes.Ok;
            }
            var markdown = CodebookMarkdownWriter.Write(themes, project.Store.Info.Name);
            if (path is not null) File.WriteAllText(path, markdown);
            else context.Out.Write(markdown);
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>A theme of <c>themes --json</c>: the theme whole, its depth in the tree and its codings.</summary>
public sealed record ThemeTreeRow(Theme Theme, int Depth, int Codings);

/// <summary><c>themes import --json</c>: themes added and updated, and what the file held that was not imported.</summary>
public sealed record CodebookImportJson(int Added, int Updated, IReadOnlyList<string> NotImported);
