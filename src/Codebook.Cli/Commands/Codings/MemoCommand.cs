using System.CommandLine;
using Codebook.Core.Memos;

namespace Codebook.Cli.Commands.Codings;

/// <summary><c>codebook memo add --on TARGET TEXT</c>: a memo on the project (journal), a transcript, a theme or a coding.</summary>
public static class MemoCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var on = new Option<string>("--on") { Description = "project, transcript:ID, theme:ID or coding:ID", Required = true };
        var text = new Argument<string[]>("TEXT") { Description = "The memo (the words are joined by spaces)", Arity = ArgumentArity.OneOrMore };
        var add = new Command("add", "Write a memo") { on, text };
        add.SetAction(parse =>
        {
            var target = MemoTargetText.Parse(parse.GetValue(on)!);
            using var project = OpenProject.From(parse, globals);
            var memo = project.Workspace.Memos
                .Add(target.Target, target.Id, string.Join(' ', parse.GetValue(text)!));
            context.Out.WriteLine($"memo {memo.Id} on {MemoService.Describe(memo)}");
            return ExitCodes.Ok;
        });
        return new Command("memo", "Write memos on the project, a transcript, a theme or a coding") { add };
    }
}
