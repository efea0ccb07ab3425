using System.CommandLine;
using System.Globalization;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Formats.Tables;
using Codebook.Players;
using Codebook.Core.Time;
using Codebook.Storage;
using Codebook.Tui;
using Codebook.Tui.Resources;
using Codebook.Tui.Session;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook tui</c> (and plain <c>codebook</c> in a terminal): the terminal UI on the project at hand, or on
/// the sample study when there is no project anywhere.</summary>
public static class TuiCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var language = new Option<string?>("--lang")
        {
            Description = $"UI language: en, fr or es (default: ${UiLanguage.Variable}, else the system's language, else English)",
        };
        var command = new Command("tui", "Open the terminal UI (the sample study when there is no project here)") { language };
        command.SetAction(parse =>
        {
            // Resolved first: a language the UI does not speak is refused before any project is opened.
            var culture = UiLanguage.Resolve(parse.GetValue(language), Environment.GetEnvironmentVariable(UiLanguage.Variable), CultureInfo.CurrentUICulture);
            var coder = Coder.Resolve(parse.GetValue(globals.Coder));
            var path = Locate(parse.GetValue(globals.Project), coder);
            // Looked for on the first play key, and ended (mpv quit) with the UI.
            var player = new Lazy<IMediaPlayer>(() => PlayerFinder.Player(PlayerSetup.FromEnvironment(), PlayerFinder.SocketPath()));
            // Index notes go to the status line (the session's), worded in the UI's language: the error stream would
            // scribble over the screen.
            using var workspace = OpenProject.OpenWorkspace(ProjectFile.Open(path, SystemClock.Instance, Openings.For(parse, globals)), path, coder,
                parse.GetValue(globals.Blind), () => player.Value, (why, _) => Names.IndexRebuilt(why));
            var session = new ProjectSession(workspace, new TableFile());
            try
            {
                // A missing or stale index is rebuilt once the first screen shows (its note goes to the status line), not on
                // the first coding or search, where it would stall a keystroke; nor before, where it would delay the screen.
                CodebookTui.Run(session, culture, afterFirstScreen: () => workspace.Index!.Current());
            }
            finally
            {
                if (player.IsValueCreated) player.Value.Dispose();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The project named or found as every command finds it; only when there is none, the sample study.</summary>
    private static string Locate(string? given, Coder coder)
    {
        try
        {
            return ProjectLocator.Locate(given);
        }
        catch (CodebookException e) when (e.Code == ErrorCode.NoProject)
        {
            return DemoCommand.Ensure(coder).Path;
        }
    }
}
