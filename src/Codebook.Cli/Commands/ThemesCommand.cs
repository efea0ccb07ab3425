using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Text;
using Codebook.Core.Themes;
using Codebook.Core.Model;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Refi;

namespace Codebook.Cli.Commands;

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
            var counts = project.View.Codings().GroupBy(c => c.ThemeId).ToDictionary(g => g.Key, g => g.Count());
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, tree.InOrder.Select(x => new { x.Theme, x.Depth, Codings = counts.GetValueOrDefault(x.Theme.Id) }));
                return ExitCodes.Ok;
            }
            ThemeTreeView.Print(context.Out, tree, counts);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(GlobalOptions globals, CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A codebook: Markdown (docs/codebook-format.md) or REFI-QDA .qdc from another tool" };
        var command = new Command("import", "Add the themes of a Markdown or .qdc codebook to the project (known ids are updated)") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var (themes, notes) = Read(path);
            using var project = OpenProject.From(parse, globals);
            var result = new CodebookImporter(project.Store, project.Coder).Import(themes, Path.GetFileName(path));
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new { result.Added, result.Updated, NotImported = notes });
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Imported {Counted.Of(themes.Count, "theme")} from {path}: {result.Added} added, {result.Updated} updated.");
            foreach (var note in notes) context.Out.WriteLine($"  not imported: {note}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The file's extension says its format: <c>.qdc</c> is REFI-QDA, anything else the Markdown codebook.</summary>
    private static (IReadOnlyList<Theme> Themes, IReadOnlyList<string> Notes) Read(string path)
    {
        if (!Path.GetExtension(path).Equals(".qdc", StringComparison.OrdinalIgnoreCase)) return (CodebookMarkdownReader.Read(path), []);
        var (themes, report) = QdcReader.Read(path);
        return (themes, report.Notes);
    }

    private static Command Export(GlobalOptions globals, CliContext context)
    {
        var format = new Option<string>("--format") { Description = "md (the Markdown codebook format)", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md");
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
            var markdown = CodebookMarkdownWriter.Write(themes, project.Store.Info.Name);
            if (parse.GetValue(output) is { } path) File.WriteAllText(path, markdown);
            else context.Out.Write(markdown);
            return ExitCodes.Ok;
        });
        return command;
    }
}
