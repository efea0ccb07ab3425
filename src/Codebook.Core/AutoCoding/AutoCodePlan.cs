using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.AutoCoding;

/// <summary>What auto-code would do: the spans to code, and what it leaves out and why.</summary>
/// <param name="Hits">Passages the query found.</param>
/// <param name="Targets">Spans to code, in the query's order (best first).</param>
/// <param name="AlreadyCoded">Spans left out because this coder already coded them with this theme.</param>
/// <param name="WithoutWords">With <see cref="AutoCodeUnit.Match"/>: passages found with no word to mark (a query on
/// themes or attributes only), left out.</param>
public sealed record AutoCodePlan(
    string Query,
    Theme Theme,
    AutoCodeUnit Unit,
    int Hits,
    IReadOnlyList<AutoCodeTarget> Targets,
    int AlreadyCoded,
    int WithoutWords)
{
    /// <summary>"12 passages", "1 match": a count of what this plan codes.</summary>
    public string Describe(int count) => Unit == AutoCodeUnit.Passage ? Counted.Of(count, "passage") : Counted.Of(count, "match", "matches");

    /// <summary>Refuses a plan with nothing to code, saying why, so the log only holds real changes.</summary>
    public void RequireSomethingToCode()
    {
        if (Targets.Count > 0) return;
        throw AlreadyCoded > 0
            ? new CodebookException(ErrorCode.AlreadyCoded, $"every hit is already coded with {Theme.Id} by this coder", "autocode",
                new ErrorHint(HintKind.AlreadyCoded))
            : new CodebookException(ErrorCode.NotFound, "the query finds nothing to code", "autocode",
                new ErrorHint(WithoutWords > 0 ? HintKind.AutoCodeByPassage : HintKind.TryQueryFirst));
    }

    public int Transcripts => Targets.Select(t => t.Hit.TranscriptId).Distinct(StringComparer.Ordinal).Count();
}
