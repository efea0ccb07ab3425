using System.CommandLine;
using Codebook.Cli.Commands.Export;
using Codebook.Cli.Output;
using Codebook.Core.Exchange;
using Codebook.Core.Text;
using Codebook.Formats.Refi;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook import-qdpx FILE.qdpx [--coder-from selection|coding]</c>: a whole REFI-QDA project from
/// another tool into the current, empty project, in one change; says how it read positions and coders, and what it
/// left out. <c>codebook import FILE.qdpx</c> does the same.</summary>
public static class ImportQdpxCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A REFI-QDA project export (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder or Codebook" };
        var coderFrom = CoderFromOption();
        var command = new Command("import-qdpx", "Bring a whole REFI-QDA project (.qdpx) into this project, which must be empty") { file, coderFrom };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            return Run(project, parse.GetValue(file)!, parse.GetValue(coderFrom), parse.GetValue(globals.Json), context);
        });
        return command;
    }

    /// <summary>The option both import commands take.</summary>
    public static Option<string?> CoderFromOption()
    {
        var option = new Option<string?>("--coder-from")
        {
            Description = "For a .qdpx: take each coding's coder from its selection's creatingUser or from the coding's own "
                + "(default: as the file says; NVivo names its exporter on every coding)",
        };
        option.AcceptOnlyFromAmong("selection", "coding");
        return option;
    }

    public static int Run(OpenProject project, string path, string? coderFrom, bool json, CliContext context)
    {
        var rule = coderFrom switch { "selection" => CoderFrom.Selection, "coding" => (CoderFrom?)CoderFrom.Coding, _ => null };
        // Read and checked in full before anything is written: a broken file changes nothing.
        var (content, report) = QdpxReader.Read(path, project.Coder.Name, project.Clock.UtcNow, rule);
        project.Backup("refi-import");
        new ProjectContentImporter(project.Store, project.Coder).Import(content, Path.GetFileName(path));
        var counts = RefiCounts.Of(content);
        if (json)
        {
            Json.Write(context.Out, new RefiImportJson(path, counts, report.Tool.Key, report.Convention,
                new RefiCoders(report.CoderRule, report.CodingsByCoder), report.Notes), Json.Types.RefiImportJson);
            return ExitCodes.Ok;
        }
        context.Out.WriteLine($"Imported {path}: {Counted.Of(counts.Transcripts, "transcript")}, {Counted.Of(counts.Cases, "case")}, {Counted.Of(counts.Themes, "theme")}, {Counted.Of(counts.Codings, "coding")}, {Counted.Of(counts.Memos, "memo")}.");
        if (report.Tool != RefiTool.Standard) context.Out.WriteLine($"Made with {report.Tool.Name}: 'codebook export qdpx' writes for it unless --for names another tool.");
        if (report.Convention is { } convention) context.Out.WriteLine($"Positions read as {convention}.");
        if (report.CoderRule is { } coders)
        {
            context.Out.WriteLine($"Coders from {coders}:");
            foreach (var (coder, count) in report.CodingsByCoder) context.Out.WriteLine($"  {coder}: {Counted.Of(count, "coding")}");
        }
        foreach (var note in report.Notes) context.Out.WriteLine($"  not imported: {note}");
        return ExitCodes.Ok;
    }
}

/// <summary><c>import-qdpx --json</c>: what came in, from which tool, how positions and coders were read, what did not.</summary>
public sealed record RefiImportJson(string File, RefiCounts Counts, string From, string? Positions, RefiCoders Coders, IReadOnlyList<string> NotImported);

/// <summary>Where the codings' coders came from, and how many each has.</summary>
public sealed record RefiCoders(string? Rule, SortedDictionary<string, int> Codings);
