using System.CommandLine;
using Codebook.Core.Agreement;
using Codebook.Core.Errors;

namespace Codebook.Cli.Commands.Agreement;

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

    /// <summary>The scope named; refused under <c>--blind</c>, since comparing coders is the opposite of blind coding.</summary>
    public AgreementScope Scope(ParseResult parse, OpenProject project)
    {
        if (project.Workspace.Blind)
        {
            throw new CodebookException(ErrorCode.Usage, $"'{parse.CommandResult.Command.Name}' compares coders, which blind mode hides from each other",
                "--blind", "run it without --blind, once every coder has finished");
        }
        return AgreementScope.Of(project.Store, Split(parse.GetValue(Coders)), Split(parse.GetValue(Transcripts)));
    }

    private static List<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
