using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Exchange;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Text;
using Codebook.Formats.Refi;

namespace Codebook.Cli.Commands.Export;

/// <summary><c>codebook export qdc|qdpx --output FILE [--for TOOL] [--pseudonymise [--allow-real-names]]</c>: the codebook or
/// the whole project for other analysis tools (REFI-QDA 1.5: NVivo, ATLAS.ti, MAXQDA, QualCoder).</summary>
public static class ExportRefiCommand
{
    public static Command Qdc(GlobalOptions globals, CliContext context)
    {
        var output = ExportCommand.Output("FILE.qdc");
        var command = new Command("qdc", "Write the codebook as a REFI-QDA codebook (.qdc)") { output };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var themes = project.Store.Themes();
            if (themes.Count == 0)
            {
                throw new CodebookException(ErrorCode.NotFound, "the project has no themes to export", project.Store.Location,
                    "import a codebook first: codebook themes import FILE.md");
            }
            var path = parse.GetValue(output)!;
            ExportCommand.WriteFile(path, stream => QdcWriter.Write(stream, themes));
            Report(context, parse.GetValue(globals.Json), path, new CodebookWritten(path, new ThemeCount(themes.Count)), Json.Types.CodebookWritten, Counted.Of(themes.Count, "theme"));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Qdpx(GlobalOptions globals, CliContext context)
    {
        var output = ExportCommand.Output("FILE.qdpx");
        var tool = new Option<string?>("--for")
        {
            Description = "The tool that will read the file: standard, nvivo, atlasti, maxqda or qualcoder (positions, line ends and "
                + "encoding as it reads them; default: the tool the project was imported from, else standard)",
        };
        tool.AcceptOnlyFromAmong([.. RefiTool.Keys]);
        var pseudonymise = new Option<bool>("--pseudonymise") { Description = "A project to share: the pseudonym table applied to its texts, titles, ids, speakers, cases, themes and memos" };
        var allow = ExportCommand.AllowRealNames();
        var command = new Command("qdpx", "Write the whole project as a REFI-QDA project (.qdpx)") { output, tool, pseudonymise, allow };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var content = ProjectContent.Of(project.View);
            var target = RefiTool.Of(parse.GetValue(tool)) ?? RefiTool.ImportedFrom(content.Transcripts);
            var path = parse.GetValue(output)!;
            if (parse.GetValue(pseudonymise))
            {
                var pseudonymiser = new Pseudonymiser(project.Store.Pseudonyms());
                content = PseudonymisedProject.Of(content, pseudonymiser);
                ExportCommand.WriteChecked(path, stream => QdpxWriter.Write(stream, content, target), pseudonymiser, parse.GetValue(allow), context);
            }
            else ExportCommand.WriteFile(path, stream => QdpxWriter.Write(stream, content, target));
            var counts = RefiCounts.Of(content);
            Report(context, parse.GetValue(globals.Json), path, new ProjectWritten(path, counts, target.Key), Json.Types.ProjectWritten,
                $"{Counted.Of(counts.Transcripts, "transcript")}, {Counted.Of(counts.Cases, "case")}, {Counted.Of(counts.Themes, "theme")}, {Counted.Of(counts.Codings, "coding")}, {Counted.Of(counts.Memos, "memo")}; "
                + $"for {target.Name} ({target.Positions.Name}, {(target.CrLf ? "CRLF" : "LF")} line ends, UTF-8{(target.Bom ? " with a BOM" : "")})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Report<T>(CliContext context, bool json, string path, T written, JsonTypeInfo<T> type, string summary)
    {
        if (json) Json.Write(context.Out, written, type);
        else context.Out.WriteLine($"Wrote {path}: {summary}.");
    }
}

/// <summary><c>export qdc --json</c>.</summary>
public sealed record CodebookWritten(string Path, ThemeCount Counts);

public sealed record ThemeCount(int Themes);

/// <summary><c>export qdpx --json</c>: the counts, and the tool the file was written for.</summary>
public sealed record ProjectWritten(string Path, RefiCounts Counts, string For);

/// <summary>What a REFI-QDA project holds, as <c>export qdpx</c> and <c>import-qdpx</c> count it.</summary>
public sealed record RefiCounts(int Transcripts, int Cases, int Themes, int Codings, int Memos)
{
    public static RefiCounts Of(ProjectContent content) =>
        new(content.Transcripts.Count, content.Cases.Count, content.Themes.Count, content.Codings.Count, content.Memos.Count);
}
