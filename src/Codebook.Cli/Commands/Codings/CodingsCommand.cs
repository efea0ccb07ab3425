using Codebook.Core.Import;
using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Codings;
using Codebook.Core.Model;
using Codebook.Core.Text;
using Codebook.Formats.Codings;

namespace Codebook.Cli.Commands.Codings;

/// <summary><c>codebook codings [--theme T] [--transcript ID] [--coder C] [--unplaced]</c>: the codings, in transcript
/// order, or those a re-import kept aside; <c>codebook codings import FILE...</c>: codings from codings files.</summary>
public static class CodingsCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var theme = new Option<string?>("--theme", "-t") { Description = "Only codings with this theme" };
        var transcript = new Option<string?>("--transcript") { Description = "Only codings in this transcript" };
        var unplaced = new Option<bool>("--unplaced") { Description = "The codings a re-import could not carry to the corrected text" };
        // The global --coder says who is working; here it filters, since listing changes nothing.
        var command = new Command("codings", "List codings, optionally of one theme, transcript or coder")
        {
            theme, transcript, unplaced, Import(globals, context),
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var (themeId, transcriptId, coder) = (parse.GetValue(theme), parse.GetValue(transcript), parse.GetValue(globals.Coder));
            bool Wanted(Coding c) => (themeId is null || c.ThemeId == themeId) && (transcriptId is null || c.TranscriptId == transcriptId)
                && (coder is null || c.Coder == coder);
            var aside = project.View.UnplacedCodings().Where(u => Wanted(u.Coding))
                .OrderBy(u => u.Coding.TranscriptId, StringComparer.Ordinal).ThenBy(u => u.Coding.Start).ThenBy(u => u.Id, StringComparer.Ordinal)
                .Select(UnplacedCodingRow.Of).ToList();
            if (parse.GetValue(unplaced)) return ListUnplaced(context, aside, parse.GetValue(globals.Json));
            var codings = project.View.Codings()
                .Where(Wanted)
                .OrderBy(c => c.TranscriptId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End)
                .ThenBy(c => c.ThemeId, StringComparer.Ordinal).ThenBy(c => c.Coder, StringComparer.Ordinal)
                .ToList();
            var printer = new CodingPrinter(project.Store);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, codings.Select(printer.Row), Json.Types.IEnumerableCodingRow);
                return ExitCodes.Ok;
            }
            foreach (var coding in codings) context.Out.WriteLine(printer.Line(coding));
            context.Out.WriteLine($"{Counted.Of(codings.Count, "coding")}.");
            if (aside.Count > 0) context.Out.WriteLine($"{aside.Count} more unplaced by a re-import, kept aside: 'codebook codings --unplaced' lists them.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int ListUnplaced(CliContext context, List<UnplacedCodingRow> aside, bool json)
    {
        if (json)
        {
            Json.Write(context.Out, aside, Json.Types.ListUnplacedCodingRow);
            return ExitCodes.Ok;
        }
        foreach (var row in aside) context.Out.WriteLine(row.Line());
        context.Out.WriteLine($"{Counted.Of(aside.Count, "unplaced coding")}; 'codebook place ID --match TEXT' puts one back, 'codebook uncode ID' removes it.");
        return ExitCodes.Ok;
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
                Json.Write(context.Out, added.Select(printer.Row), Json.Types.IEnumerableCodingRow);
                return ExitCodes.Ok;
            }
            var byCoder = added.GroupBy(c => c.Coder).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} by {g.Key}");
            context.Out.WriteLine($"Imported {Counted.Of(added.Count, "coding")} ({string.Join(", ", byCoder)}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
