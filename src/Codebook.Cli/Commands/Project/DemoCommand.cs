using System.CommandLine;
using Codebook.Cli.Demo;
using Codebook.Cli.Output;
using Codebook.Core.Model;
using Codebook.Core.Text;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook demo</c>: builds the sample study into the user's data folder, or reuses it, and says where it is.</summary>
public static class DemoCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("demo", $"Build (or reuse) the fictional sample study in your data folder (${SampleStudy.DataVariable} to move it)");
        command.SetAction(parse =>
        {
            var (path, created) = Ensure(Coder.Resolve(parse.GetValue(globals.Coder)));
            using var store = ProjectFile.Open(path, SystemClock.Instance, Openings.For(parse, globals));
            var transcripts = store.Transcripts();
            var summary = new DemoSummary(path, created, transcripts.Count,
                transcripts.GroupBy(t => t.Language).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
                store.Themes().Count,
                store.Codings().GroupBy(c => c.Coder).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, summary, Json.Types.DemoSummary);
                return ExitCodes.Ok;
            }
            context.Out.WriteLine(created ? "Built the sample study." : "The sample study is already built; using it as it is.");
            context.Out.WriteLine($"  {path}");
            context.Out.WriteLine($"  {Counted.Of(summary.Transcripts, "transcript")} ({string.Join(", ", summary.Languages.Select(l => $"{l.Value} {l.Key}"))}), {Counted.Of(summary.Themes, "theme")}");
            context.Out.WriteLine($"  {Counted.Of(summary.Codings.Values.Sum(), "coding")} ({string.Join(", ", summary.Codings.Select(c => $"{c.Value} by {c.Key}"))})");
            context.Out.WriteLine($"Try: codebook --project \"{path}\" transcripts");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The demo project's path, built first if it is not there yet.</summary>
    public static (string Path, bool Created) Ensure(Coder coder)
    {
        var path = SampleStudy.DefaultPath();
        if (File.Exists(path)) return (path, false);
        SampleStudy.Build(path, coder, SystemClock.Instance);
        return (path, true);
    }
}

/// <summary>The sample study as <c>demo</c> reports it: transcripts by language, codings by coder.</summary>
public sealed record DemoSummary(string Path, bool Created, int Transcripts, Dictionary<string, int> Languages, int Themes, Dictionary<string, int> Codings);
