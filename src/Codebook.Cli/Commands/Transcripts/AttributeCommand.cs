using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Cases;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook attributes</c> lists the case attributes with their types; <c>codebook attribute type NAME
/// text|number|date</c> sets one's type, an undoable change.</summary>
public static class AttributeCommand
{
    public static Command List(GlobalOptions globals, CliContext context)
    {
        var command = new Command("attributes", "List the case attributes: type (number, date or text), and how many cases have a value");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var cases = project.Store.Cases();
            var types = AttributeTypes.Of(project.Store);
            var rows = types.Names.Select(name => new AttributeRow(
                name,
                AttributeValues.Describe(types.TypeOf(name)),
                types.IsDeclared(name),
                cases.Count(c => c.Attributes.ContainsKey(name)),
                cases.Select(c => c.Attributes.GetValueOrDefault(name)).OfType<string>().Distinct().Count())).ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, rows, Json.Types.ListAttributeRow);
                return ExitCodes.Ok;
            }
            foreach (var row in rows)
            {
                context.Out.WriteLine($"{row.Name,-20} {row.Type,-7} {(row.Declared ? "set" : "from values"),-12} {Counted.Of(row.Cases, "case")}, {Counted.Of(row.Values, "value")}");
            }
            context.Out.WriteLine($"{Counted.Of(rows.Count, "attribute")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The attribute (see 'codebook attributes')" };
        var type = new Argument<AttributeType>("TYPE") { Description = "text, number or date (ISO days: 2014-03-20)" };
        var typeCommand = new Command("type", "Set an attribute's type: numbers and dates can be searched by range and grouped in bins") { name, type };
        typeCommand.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var definition = project.Workspace.Cases.SetType(parse.GetValue(name)!, parse.GetValue(type));
            context.Out.WriteLine($"{definition.Name} is a {AttributeValues.Describe(definition.Type)}");
            return ExitCodes.Ok;
        });
        return new Command("attribute", "Change a case attribute's type") { typeCommand };
    }
}

/// <summary>An attribute of <c>attributes</c>: its type, whether set by hand, how many cases and distinct values.</summary>
public sealed record AttributeRow(string Name, string Type, bool Declared, int Cases, int Values);
