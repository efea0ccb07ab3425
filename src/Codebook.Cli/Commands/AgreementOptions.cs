using System.CommandLine;
using Codebook.Core.Agreement;

namespace Codebook.Cli.Commands;

/// <summary>The <c>--coders</c> and <c>--transcripts</c> options the agreement commands share, and the scope they name.</summary>
public sealed class AgreementOptions
{
    public Option<string> Coders { get; } = new("--coders") { Description = "The coders to compare, comma-separated: A,B[,C...]", Required = true };

    public Option<string?> Transcripts { get; } = new("--transcripts")
    {
        Description = "Transcript ids, comma-separated (default: the transcripts every given coder has coded)",
    };

    public void AddTo(Command command)
    {
        command.Add(Coders);
        command.Add(Transcripts);
    }

    public AgreementScope Scope(ParseResult parse, OpenProject project) =>
        AgreementScope.Of(project.Store, Split(parse.GetValue(Coders)), Split(parse.GetValue(Transcripts)));

    private static List<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
