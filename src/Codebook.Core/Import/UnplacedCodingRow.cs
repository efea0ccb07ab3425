using Codebook.Core.Model;

namespace Codebook.Core.Import;

/// <summary>A coding kept aside by a re-import, as reports show it: the text it was on, not offsets, which pointed
/// into a text that is gone.</summary>
public sealed record UnplacedCodingRow(string Id, string Transcript, string Theme, string Coder, string Text, string? Memo, DateTime UnplacedAt)
{
    public static UnplacedCodingRow Of(UnplacedCoding unplaced) => new(unplaced.Id, unplaced.Coding.TranscriptId, unplaced.Coding.ThemeId,
        unplaced.Coding.Coder, unplaced.Text, unplaced.Coding.Memo, unplaced.UnplacedAt);

    /// <summary>"c8x2k4m1q resistance on fr01-nadia by ana, unplaced: "On a commencé à anonymiser…"".</summary>
    public string Line() =>
        $"{Id} {Theme} on {Transcript} by {Coder}, unplaced: \"{Excerpt.Of(Text)}\"{(Memo is null ? "" : $" [memo: {Excerpt.Of(Memo)}]")}";
}
