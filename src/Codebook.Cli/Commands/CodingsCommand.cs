using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Codings;
using Codebook.Formats.Codings;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook codings [--theme T] [--transcript ID] [--coder C]</c>: the codings, in transcript order;
/// <c>codebook codings import FILE...</c>: codings from codings files.</summary>
public static class CodingsCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var theme = new Option<string?>("--theme", "-t") { Description = "Only codings with this theme" };
        var transcript = new Option<string?>("--transcript") { Description = "Only codings in this transcript" };
        // The global --coder says who is working; here it filters, since listing changes nothing.
        var command = new Command("codings", "List codings, optionally of one theme, transcript or coder") { theme, transcript, Import(globals, context) };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var (themeId, transcriptId, coder) = (parse.GetValue(theme), parse.GetValue(transcript), parse.GetValue(globals.Coder));
            var codings = project.Store.Codings()
                .Where(c => themeId is null || c.ThemeId == themeId)
                .Where(c => transcriptId is null || c.TranscriptId == transcriptId)
                .Where(c => coder is null || c.Coder == coder)
                .OrderBy(c => c.TranscriptId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End)
                .ThenBy(c => c.ThemeId, StringComparer.Ordinal).ThenBy(c => c.Coder, StringComparer.Ordinal)
                .ToList();
            var printer = new CodingPrinter(project.Store);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, codings.Select(printer.Row));
                return ExitCodes.Ok;
            }
            foreach (var coding in codings) context.Out.WriteLine(printer.Line(coding));
            context.Out.WriteLine($"{codings.Count} coding{(codings.Count == 1 ? "" : "s")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(GlobalOptions globals, CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Codings files (docs/codings-format.md)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Apply the codings of codings files, each by the coder it names (else --coder)") { files };
        command.SetAction(parse =>
        {
            // Every file is read before anything is applied, so a mistake in the last one changes nothing.
            var paths = parse.GetValue(files)!;
            var entries = paths.SelectMany(CodingFileReader.Read).ToList();
            using var project = OpenProject.From(parse, globals);
            var added = new QuotedCodingApplier(project.Store, project.Coder, project.Clock).Apply(entries, string.Join(", ", paths.Select(Path.GetFileName)));
            var printer = new CodingPrinter(project.Store);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, added.Select(printer.Row));
                return ExitCodes.Ok;
            }
            var byCoder = added.GroupBy(c => c.Coder).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} by {g.Key}");
            context.Out.WriteLine($"Imported {added.Count} coding{(added.Count == 1 ? "" : "s")} ({string.Join(", ", byCoder)}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
