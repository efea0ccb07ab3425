using System.CommandLine;
using Codebook.Cli.Commands;
using Codebook.Core.Errors;

namespace Codebook.Cli;

/// <summary>The <c>codebook</c> command line: parses, runs one command, and turns problems into clear messages
/// and exit codes (<see cref="ExitCodes"/>).</summary>
public static class CodebookCommandLine
{
    /// <summary>Plain <c>codebook</c> opens the UI in a terminal; piped or tested, it prints the project at hand, or
    /// builds the sample study when there is none.</summary>
    private static string[] WithoutArguments(CliContext context)
    {
        if (context.OutputIsTerminal) return ["tui"];
        try
        {
            ProjectLocator.Locate(null);
            return ["transcripts"];
        }
        catch (CodebookException)
        {
            return ["demo"];
        }
    }

    public static int Run(string[] args, CliContext context)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Codebook: qualitative analysis of Spanish and French interview transcripts.");
        globals.AddTo(root);
        root.Add(InitCommand.Create(globals, context));
        root.Add(ImportCommand.Create(globals, context));
        root.Add(TranscriptsCommand.Create(globals, context));
        root.Add(ShowCommand.Create(globals, context));
        root.Add(LogCommand.Create(globals, context));
        root.Add(ThemesCommand.Create(globals, context));
        root.Add(ThemeCommand.Create(globals, context));
        root.Add(DemoCommand.Create(globals, context));
        root.Add(CodeCommand.Create(globals, context));
        root.Add(UncodeCommand.Create(globals, context));
        root.Add(PlaceCommand.Create(globals, context));
        root.Add(CodingsCommand.Create(globals, context));
        root.Add(MemoCommand.Create(globals, context));
        root.Add(MemosCommand.Create(globals, context));
        root.Add(HistoryCommand.Undo(globals, context));
        root.Add(HistoryCommand.Redo(globals, context));
        root.Add(FreqCommand.Create(globals, context));
        root.Add(MatrixCommand.Create(globals, context));
        root.Add(CooccurCommand.Create(globals, context));
        root.Add(SaturationCommand.Create(globals, context));
        root.Add(TuiCommand.Create(globals, context));
        root.Add(SearchCommand.Create(globals, context));
        root.Add(AutocodeCommand.Create(globals, context));
        root.Add(IndexCommand.Create(globals, context));
        root.Add(AgreeCommand.Create(globals, context));
        root.Add(DisagreementsCommand.Create(globals, context));
        root.Add(SettleCommand.Create(globals, context));
        root.Add(ExportCommand.Create(globals, context));
        root.Add(PseudonymsCommand.Create(globals, context));
        root.Add(ImportQdpxCommand.Create(globals, context));
        root.Add(MergeCommand.Create(globals, context));
        root.Add(EncryptionCommand.Encrypt(globals, context));
        root.Add(EncryptionCommand.Decrypt(globals, context));
        root.Add(BackupCommand.Backup(globals, context));
        root.Add(BackupCommand.Restore(globals, context));

        // Plain `codebook --lang fr` is the UI in French, as plain `codebook` is the UI.
        var parse = root.Parse(args.Length == 0 ? WithoutArguments(context) : args[0].StartsWith("--lang", StringComparison.Ordinal) ? ["tui", .. args] : args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) context.Error.WriteLine($"error: {error.Message}");
            context.Error.WriteLine("Run 'codebook --help' for usage.");
            return ExitCodes.UsageOrProject;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CodebookException e)
        {
            context.Error.WriteLine($"error: {e.Describe()}");
            return ExitCodes.UsageOrProject;
        }
    }
}
