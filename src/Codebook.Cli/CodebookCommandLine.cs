using Codebook.Cli.Output;
using System.CommandLine;
using Codebook.Cli.Commands.Agreement;
using Codebook.Cli.Commands.Analysis;
using Codebook.Cli.Commands.Codings;
using Codebook.Cli.Commands.Export;
using Codebook.Cli.Commands.Privacy;
using Codebook.Cli.Commands.Project;
using Codebook.Cli.Commands.Search;
using Codebook.Cli.Commands.Themes;
using Codebook.Cli.Commands.Transcripts;
using Codebook.Core.Errors;

namespace Codebook.Cli;

/// <summary>The <c>codebook</c> command line: parses, runs one command, and turns problems into clear messages
/// and exit codes (<see cref="ExitCodes"/>).</summary>
public static class CodebookCommandLine
{
    /// <summary>Plain <c>codebook</c> opens the UI in a terminal; piped or tested, it prints the project at hand, or
    /// builds the sample study when there is none.</summary>
    private static string[] WithoutArguments(CliContext context, bool projectNamed)
    {
        if (context.OutputIsTerminal) return ["tui"];
        if (projectNamed) return ["transcripts"];
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

    /// <summary>Every command, by the name it is typed as, in the order help lists them.</summary>
    private static readonly (string Name, Func<GlobalOptions, CliContext, Command> Create)[] Commands =
    [
        ("init", InitCommand.Create),
        ("import", ImportCommand.Create),
        ("transcripts", TranscriptsCommand.Create),
        ("show", ShowCommand.Create),
        ("cases", CasesCommand.Create),
        ("case", CaseCommand.Create),
        ("attributes", AttributeCommand.List),
        ("attribute", AttributeCommand.Create),
        ("speakers", SpeakersCommand.Create),
        ("log", LogCommand.Create),
        ("themes", ThemesCommand.Create),
        ("theme", ThemeCommand.Create),
        ("demo", DemoCommand.Create),
        ("code", CodeCommand.Create),
        ("uncode", UncodeCommand.Create),
        ("place", PlaceCommand.Create),
        ("codings", CodingsCommand.Create),
        ("memo", MemoCommand.Create),
        ("memos", MemosCommand.Create),
        ("undo", HistoryCommand.Undo),
        ("redo", HistoryCommand.Redo),
        ("freq", FreqCommand.Create),
        ("matrix", MatrixCommand.Create),
        ("cooccur", CooccurCommand.Create),
        ("saturation", SaturationCommand.Create),
        ("framework", FrameworkCommand.Create),
        ("tui", TuiCommand.Create),
        ("search", SearchCommand.Create),
        ("autocode", AutocodeCommand.Create),
        ("index", IndexCommand.Create),
        ("agree", AgreeCommand.Create),
        ("disagreements", DisagreementsCommand.Create),
        ("settle", SettleCommand.Create),
        ("export", ExportCommand.Create),
        ("pseudonyms", PseudonymsCommand.Create),
        ("import-qdpx", ImportQdpxCommand.Create),
        ("merge", MergeCommand.Create),
        ("encrypt", EncryptionCommand.Encrypt),
        ("decrypt", EncryptionCommand.Decrypt),
        ("backup", BackupCommand.Backup),
        ("restore", BackupCommand.Restore),
        ("media", MediaCommand.Create),
        ("play", PlayCommand.Create),
    ];

    /// <summary>The command <paramref name="args"/> name: their first word that is neither an option nor the value of
    /// an option every command takes; null when that word is no command's name, when there is none (help, version), or
    /// when a response file (<c>@file</c>) may hold it.</summary>
    private static string? CommandNamed(string[] args, GlobalOptions globals)
    {
        Option[] valued = [globals.Project, globals.Coder, globals.PasswordFile];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('@')) return null;
            if (!args[i].StartsWith('-')) return IsCommand(args[i]) ? args[i] : null;
            if (valued.Any(option => option.Name == args[i] || option.Aliases.Contains(args[i]))) i++;
        }
        return null;
    }

    /// <summary>A loop, not LINQ over the table: LINQ's methods over its tuples are compiled at run time, on every run.</summary>
    private static bool IsCommand(string word)
    {
        foreach (var (name, _) in Commands)
        {
            if (name == word) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="args"/> hold no command, only options every command takes or the UI's
    /// <c>--lang</c>, with their values: no help or version request, no unknown word the parser should report.</summary>
    private static bool OnlyOptionsOfPlainRun(string[] args, GlobalOptions globals)
    {
        Option[] valued = [globals.Project, globals.Coder, globals.PasswordFile];
        Option[] flags = [globals.Blind, globals.Json];
        for (var i = 0; i < args.Length; i++)
        {
            string name = args[i].Split('=', 2)[0];
            bool inline = name.Length < args[i].Length;
            if (name == "--lang" || valued.Any(option => Names(option).Contains(name)))
            {
                if (!inline) i++;
            }
            else if (!flags.Any(option => Names(option).Contains(name))) return false;
        }
        return true;
    }

    private static IEnumerable<string> Names(Option option) => option.Aliases.Append(option.Name);

    public static int Run(string[] args, CliContext context)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Codebook: qualitative analysis of Spanish and French interview transcripts.");
        globals.AddTo(root);
        // `codebook --project P` (or --coder, --blind, --lang, ...) with no command is plain `codebook` on those options;
        // `--lang` is the UI's own, so it always means the UI.
        if (OnlyOptionsOfPlainRun(args, globals))
            args = args.Any(arg => arg.StartsWith("--lang", StringComparison.Ordinal)) ? ["tui", .. args]
                : [.. WithoutArguments(context, projectNamed: args.Any(arg => Names(globals.Project).Contains(arg.Split('=', 2)[0]))), .. args];
        // Only the command the run names is built, and all of them when it names none of them (help, a typo):
        // building the forty commands cost every run a few hundred first-run methods (docs/PERFORMANCE.md, start-up).
        var named = CommandNamed(args, globals);
        foreach (var (name, create) in Commands)
        {
            if (named is not null && name != named) continue;
            var command = create(globals, context);
            // A table name that is not the command's own would build all commands for it, silently: help (which
            // builds them all, and which the tests run) says so instead.
            if (command.Name != name) throw new InvalidOperationException($"the command table names '{name}' a command called '{command.Name}'");
            root.Add(command);
        }
        var parse = root.Parse(args);
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
            context.Error.WriteLine($"error: {CommandHints.Describe(e)}");
            return e.Code == ErrorCode.RealNameLeft ? ExitCodes.RealNameLeft : ExitCodes.UsageOrProject;
        }
    }
}
