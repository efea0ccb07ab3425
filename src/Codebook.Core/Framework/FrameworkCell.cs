using Codebook.Core.Model;

namespace Codebook.Core.Framework;

/// <summary>One case and one theme of a framework matrix: the passages of the case coded with the theme (its codings,
/// in transcript order), and the summary a researcher wrote of them, if any.</summary>
public sealed record FrameworkCell(Case Case, Theme Theme, IReadOnlyList<Coding> Passages, Memo? Summary)
{
    /// <summary>The summary's text; empty when none is written.</summary>
    public string Text => Summary?.Text ?? "";
}
