using System.CommandLine;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Tui;
using Codebook.Tui.Session;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook tui</c> (and plain <c>codebook</c> in a terminal): the terminal UI on the project at hand, or on
/// the sample study when there is no project anywhere.</summary>
public static class TuiCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("tui", "Open the terminal UI (the sample study when there is no project here)");
        command.SetAction(parse =>
        {
            var coder = Coder.Resolve(parse.GetValue(globals.Coder));
            var path = Locate(parse.GetValue(globals.Project), coder);
            using var store = ProjectFile.Open(path, SystemClock.Instance, Openings.For(parse, globals));
            ProjectSession? session = null;
            // Index notes go to the status line: the error stream would scribble over the screen.
            using var index = new IndexKeeper(store, OpenProject.IndexOf(store, LuceneSearchIndex.FolderOf(path)), note => session?.Notice(note));
            session = new ProjectSession(store, coder, SystemClock.Instance, index.Current);
            // A missing or stale index is rebuilt now, not on the first coding or search, where it would stall a keystroke.
            index.Current();
            CodebookTui.Run(session);
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
