using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Cli.Tables;
using Codebook.Core.Cases;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook cases [show ID | import FILE | export]</c>: the project's cases, their transcripts and
/// attributes, and the participants' table in and out.</summary>
public static partial class CasesCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("cases", "List the cases (the people or groups the transcripts are about) with their attributes")
        {
            Show(globals, context), Import(globals, context), Export(globals, context),
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var rows = Rows(project.Store);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, rows, Json.Types.ListCaseRow);
                return ExitCodes.Ok;
            }
            DrawnColumn[] columns = [new("id"), new("name"), new("transcripts"), new("attributes")];
            DrawnTable.Listing(columns, rows.Select(row => new DrawnCell[] { row.Id, row.Name, string.Join(" ", row.Transcripts),
                string.Join("; ", row.Attributes.Select(a => $"{a.Key}={a.Value}")) })).Write(context);
            context.Out.WriteLine($"{Counted.Of(rows.Count, "case")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(GlobalOptions globals, CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The case's id (see 'codebook cases')" };
        var command = new Command("show", "Show a case: its name, transcripts, and attributes with their types") { id };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var @case = project.Store.RequireCase(parse.GetValue(id)!);
            var row = Rows(project.Store).Single(r => r.Id == @case.Id);
            var types = AttributeTypes.Of(project.Store);
            var attributes = row.Attributes.Select(a => new CaseAttributeRow(
                a.Key, a.Value, AttributeValues.Describe(types.TypeOf(a.Key)), types.IsDeclared(a.Key))).ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new CaseJson(row.Id, row.Name, row.Transcripts, attributes), Json.Types.CaseJson);
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"{row.Id}  {row.Name}");
            context.Out.WriteLine($"transcripts: {(row.Transcripts.Count == 0 ? "none" : string.Join(", ", row.Transcripts))}");
            if (attributes.Count == 0) context.Out.WriteLine("no attributes");
            foreach (var a in attributes) context.Out.WriteLine($"  {a.Name} = {a.Value}  ({a.Type}{(a.Declared ? "" : ", from its values")})");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal sealed record CaseRow(string Id, string Name, IReadOnlyList<string> Transcripts, SortedDictionary<string, string> Attributes);

    private static List<CaseRow> Rows(IProjectStore store)
    {
        var transcripts = store.TranscriptsWithoutText().Where(t => t.CaseId is not null).ToLookup(t => t.CaseId!, StringComparer.Ordinal);
        return store.Cases().OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new CaseRow(c.Id, c.Name, transcripts[c.Id].Select(t => t.Id).Order(StringComparer.Ordinal).ToList(),
                new SortedDictionary<string, string>(c.Attributes, StringComparer.Ordinal)))
            .ToList();
    }
}

/// <summary><c>cases show --json</c>: the case with its attributes typed.</summary>
public sealed record CaseJson(string Id, string Name, IReadOnlyList<string> Transcripts, List<CaseAttributeRow> Attributes);

public sealed record CaseAttributeRow(string Name, string Value, string Type, bool Declared);
