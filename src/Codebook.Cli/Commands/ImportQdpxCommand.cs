using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Exchange;
using Codebook.Core.Text;
using Codebook.Formats.Refi;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook import-qdpx FILE.qdpx</c>: a whole REFI-QDA project from another tool into the current,
/// empty project, in one change; says how it read positions and what it left out.</summary>
public static class ImportQdpxCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A REFI-QDA project export (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder or Codebook" };
        var command = new Command("import-qdpx", "Bring a whole REFI-QDA project (.qdpx) into this project, which must be empty") { file };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var path = parse.GetValue(file)!;
            // Read and checked in full before anything is written: a broken file changes nothing.
            var (content, report) = QdpxReader.Read(path, project.Coder.Name, project.Clock.UtcNow);
            project.Backup("refi-import");
            new ProjectContentImporter(project.Store, project.Coder).Import(content, Path.GetFileName(path));
            var counts = new
            {
                transcripts = content.Transcripts.Count, cases = content.Cases.Count, themes = content.Themes.Count,
                codings = content.Codings.Count, memos = content.Memos.Count,
            };
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new { file = path, counts, positions = report.Convention, notImported = report.Notes });
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Imported {path}: {Counted.Of(counts.transcripts, "transcript")}, {Counted.Of(counts.cases, "case")}, {Counted.Of(counts.themes, "theme")}, {Counted.Of(counts.codings, "coding")}, {Counted.Of(counts.memos, "memo")}.");
            if (report.Convention is { } convention) context.Out.WriteLine($"Positions read as {convention}.");
            foreach (var note in report.Notes) context.Out.WriteLine($"  not imported: {note}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
