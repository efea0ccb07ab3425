using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Agreement;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Agreement;

/// <summary><c>codebook disagreements --coders A,B [--theme T]</c>: each passage one coder coded with a theme and the
/// other did not, with both coders' spans and the passage's text side by side.</summary>
public static class DisagreementsCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var scope = new AgreementOptions();
        var theme = new Option<string?>("--theme", "-t") { Description = "Only this theme" };
        var command = new Command("disagreements", "List where two coders disagree, passage by passage, to settle them") { theme };
        scope.AddTo(command);
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var agreement = scope.Scope(parse, project);
            var found = Disagreements.Of(agreement, parse.GetValue(theme) is { } t ? project.Store.RequireTheme(t) : null);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, found.Select(d => new DisagreementRow(
                    d.Id, d.Transcript.Id, d.Passage.Index + 1, d.Theme.Id, d.Passage.Span.ToString(), Text(d.Transcript, d.Passage.Span),
                    new Dictionary<string, IEnumerable<string>>
                    {
                        [agreement.Coders[0]] = d.CodingsA.Select(c => c.Span.ToString()),
                        [agreement.Coders[1]] = d.CodingsB.Select(c => c.Span.ToString()),
                    })), Json.Types.IEnumerableDisagreementRow);
                return ExitCodes.Ok;
            }
            foreach (var d in found)
            {
                context.Out.WriteLine($"{d.Id}  {d.Theme.Label}  (passage {d.Passage.Span})");
                context.Out.WriteLine($"  {agreement.Coders[0],-12} {Spans(d.Transcript, d.CodingsA)}");
                context.Out.WriteLine($"  {agreement.Coders[1],-12} {Spans(d.Transcript, d.CodingsB)}");
                context.Out.WriteLine($"  text         {Text(d.Transcript, d.Passage.Span)}");
                context.Out.WriteLine();
            }
            context.Error.WriteLine($"{Counted.Of(found.Count, "disagreement")}; settle each with 'codebook settle ID keep-a|keep-b|keep-both|drop|edit S:E --coders {string.Join(",", agreement.Coders)}'");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Spans(Transcript transcript, IReadOnlyList<Coding> codings) => codings.Count == 0
        ? "—"
        : string.Join("; ", codings.Select(c => $"{c.Span} «{Text(transcript, c.Span)}»"));

    /// <summary>The text on one line, long passages shortened in the middle.</summary>
    private static string Text(Transcript transcript, TextSpan span)
    {
        var text = transcript.Text[span.Start..span.End].ReplaceLineEndings(" ");
        return text.Length <= 160 ? text : $"{text[..100]} … {text[^50..]}";
    }
}

/// <summary>A disagreement of <c>disagreements --json</c>: the passage, and each coder's spans on it.</summary>
public sealed record DisagreementRow(string Id, string Transcript, int Passage, string Theme, string Span, string Text,
    Dictionary<string, IEnumerable<string>> Coders);
