namespace Codebook.Core.Codings;

/// <summary>A coding named by the exact text of its passage instead of offsets, so it still applies after the
/// transcript is corrected elsewhere: what a codings file holds. <see cref="Coder"/> is null when the file leaves it
/// to whoever applies it; <see cref="Where"/> is "file:line", for errors.</summary>
public sealed record QuotedCoding(string TranscriptId, string ThemeId, string? Coder, string Quote, string? Memo, string Where);
