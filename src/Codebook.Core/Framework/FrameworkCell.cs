using Codebook.Core.Model;

namespace Codebook.Core.Framework;

/// <summary>One case and one theme of a framework matrix: the passages of the case coded with the theme (the codings,
/// in transcript order), and the summary a researcher wrote of them, if any.</summary>
public sealed record FrameworkCell(Case Case, Theme Theme, IReadOnlyList<Coding> Codings, Memo? Summary)
{
    /// <summary>The passages coded: codings of the same span by several coders count once, as in quote exports.</summary>
    public int PassageCount => Codings.Select(c => (c.TranscriptId, c.Start, c.End)).Distinct().Count();

    /// <summary>The summary's text; empty when none is written.</summary>
    public string Text => Summary?.Text ?? "";
}
