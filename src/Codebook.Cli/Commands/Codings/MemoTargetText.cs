using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Cli.Commands.Codings;

/// <summary>What <c>--on</c> names (the form <c>MemoService.Describe</c> prints): <c>project</c>, <c>transcript:ID</c>, <c>theme:ID</c> or <c>coding:ID</c>.</summary>
public readonly record struct MemoTargetText(MemoTarget Target, string Id)
{
    public static MemoTargetText Parse(string text)
    {
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        var target = parts[0].ToLowerInvariant() switch
        {
            "project" when parts.Length == 1 => MemoTarget.Project,
            "transcript" => MemoTarget.Transcript,
            "theme" => MemoTarget.Theme,
            "coding" => MemoTarget.Coding,
            _ => (MemoTarget?)null,
        };
        if (target is { } known && (known == MemoTarget.Project || parts[1].Length > 0)) return new MemoTargetText(known, parts.ElementAtOrDefault(1) ?? "");
        throw new CodebookException(ErrorCode.Usage, $"'{text}' is not something a memo can be on", "--on",
            "write project, transcript:ID, theme:ID or coding:ID");
    }
}
