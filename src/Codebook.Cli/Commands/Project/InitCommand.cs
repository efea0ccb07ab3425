using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Cli.Commands.Project;

/// <summary><c>codebook init PATH</c>: creates an empty project file.</summary>
public static class InitCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "The project file to create (.codebook is added if missing)" };
        var password = new Option<bool>("--password")
        {
            Description = $"Encrypt the project with a password (asked twice, or ${Passwords.Variable}, or --password-file)",
        };
        var command = new Command("init", "Create a new, empty project") { path, password };
        command.SetAction(parse =>
        {
            var file = WithExtension(parse.GetValue(path)!);
            var secret = parse.GetValue(password) ? Passwords.New(parse, globals) : null;
            var opening = Openings.For(parse, globals) with { Password = () => secret };
            using var store = ProjectFile.Create(file, Coder.Resolve(parse.GetValue(globals.Coder)), SystemClock.Instance, opening);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new CreatedProject(file, store.Info.Name, store.Info.SchemaVersion, store.Encrypted), Json.Types.CreatedProject);
            }
            else
            {
                context.Out.WriteLine($"Created {(store.Encrypted ? "encrypted " : "")}project '{store.Info.Name}' in {file}.");
                context.Out.WriteLine($"Next: codebook --project {file} import FILES-OR-FOLDERS");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string WithExtension(string path) =>
        Path.HasExtension(path) ? path : path + ProjectFile.Extension;
}

/// <summary><c>init --json</c>: the project made.</summary>
public sealed record CreatedProject(string Path, string Name, int SchemaVersion, bool Encrypted);
