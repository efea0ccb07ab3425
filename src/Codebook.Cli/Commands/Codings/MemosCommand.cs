using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Memos;

namespace Codebook.Cli.Commands.Codings;

/// <summary><c>codebook memos</c>: every memo, oldest first.</summary>
public static class MemosCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("memos", "List the memos");
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var memos = project.View.Memos().OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal)
                .Select(m => new MemoRow(m.Id, MemoService.Describe(m), m.Author, m.CreatedAt, m.Text))
                .ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, memos, Json.Types.ListMemoRow);
                return ExitCodes.Ok;
            }
            foreach (var memo in memos)
            {
                context.Out.WriteLine($"{memo.Id} on {memo.On} by {memo.Author}, {memo.CreatedAt:yyyy-MM-dd HH:mm}: {memo.Text}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>A memo of <c>memos</c>: what it is on, described.</summary>
public sealed record MemoRow(string Id, string On, string Author, DateTime CreatedAt, string Text);
