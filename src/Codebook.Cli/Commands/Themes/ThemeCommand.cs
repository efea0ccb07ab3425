using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using Codebook.Cli.Output;
using Codebook.Core.Themes;

namespace Codebook.Cli.Commands.Themes;

/// <summary><c>codebook theme add|rename|move|merge|split|delete|color|key|status|reviews</c>: one theme at a time,
/// each change logged and undoable.</summary>
public static partial class ThemeCommand
{
    public static Command Create(GlobalOptions globals, CliContext context) =>
        new("theme", "Change one theme: add, rename, move, merge, split, delete, colour, key, review status")
        {
            Add(globals, context), Rename(globals, context), Move(globals, context),
            Merge(globals, context), Split(globals, context), Delete(globals, context),
            Color(globals, context), Key(globals, context), Status(globals, context), Reviews(globals, context),
        };

    private static Argument<string> ThemeId(string name = "ID") => new(name) { Description = "The theme's id (see 'codebook themes')" };

    private static Command Add(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The new theme's id: lowercase letters, digits and hyphens" };
        var label = new Option<string>("--label") { Description = "The label people read", Required = true };
        var parent = new Option<string?>("--parent") { Description = "The theme to put it under (default: at the top)" };
        var color = new Option<string?>("--color") { Description = "Colour as #RRGGBB" };
        var key = new Option<string?>("--key") { Description = "A one-character shortcut key, unique in the codebook" };
        var command = new Command("add", "Add a theme") { id, label, parent, color, key };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.Theme, service =>
        {
            var theme = service.Add(parse.GetValue(id)!, parse.GetValue(label)!, parse.GetValue(parent), parse.GetValue(color), parse.GetValue(key));
            return (theme, $"added {ThemeLine.Of(theme)}");
        }));
        return command;
    }

    private static Command Rename(GlobalOptions globals, CliContext context)
    {
        var id = ThemeId();
        var label = new Option<string?>("--label") { Description = "The new label" };
        var french = new Option<string?>("--label-fr") { Description = "The label in French (empty to remove it)" };
        var spanish = new Option<string?>("--label-es") { Description = "The label in Spanish (empty to remove it)" };
        var command = new Command("rename", "Change a theme's label, or its label in French or Spanish") { id, label, french, spanish };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.Theme, service =>
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (parse.GetValue(french) is { } fr) labels["fr"] = fr;
            if (parse.GetValue(spanish) is { } es) labels["es"] = es;
            var theme = service.Rename(parse.GetValue(id)!, parse.GetValue(label), labels);
            return (theme, $"renamed {ThemeLine.Of(theme)}");
        }));
        return command;
    }

    private static Command Move(GlobalOptions globals, CliContext context)
    {
        var id = ThemeId();
        var parent = new Option<string?>("--parent") { Description = "The theme to put it under" };
        var top = new Option<bool>("--top") { Description = "Make it a top theme" };
        var command = new Command("move", "Put a theme (and its sub-themes) under another theme, or at the top") { id, parent, top };
        command.Validators.Add(result =>
        {
            if (result.GetValue(parent) is null == !result.GetValue(top)) result.AddError("say where with exactly one of --parent P or --top");
        });
        command.SetAction(parse => Report(parse, globals, context, Json.Types.Theme, service =>
        {
            var theme = service.Move(parse.GetValue(id)!, parse.GetValue(parent));
            return (theme, $"moved {ThemeLine.Of(theme)}");
        }));
        return command;
    }

    /// <summary>Opens the project, runs one theme operation and prints what it did: the text, or the value as JSON.
    /// A destructive operation names itself in <paramref name="backupBefore"/>: the project is backed up first.</summary>
    private static int Report<T>(ParseResult parse, GlobalOptions globals, CliContext context, JsonTypeInfo<T> json,
        Func<ThemeService, (T Value, string Text)> operation, string? backupBefore = null)
    {
        using var project = OpenProject.From(parse, globals);
        if (backupBefore is not null) project.Backup(backupBefore);
        var (value, text) = operation(project.Workspace.Themes);
        if (parse.GetValue(globals.Json)) Json.Write(context.Out, value, json);
        else context.Out.WriteLine(text);
        return ExitCodes.Ok;
    }
}
