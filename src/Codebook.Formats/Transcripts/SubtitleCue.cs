namespace Codebook.Formats.Transcripts;

/// <summary>One subtitle cue: when it starts, its payload lines as written, and the file line of its timing.</summary>
internal sealed record SubtitleCue(TimeSpan Start, IReadOnlyList<string> Payload, int Line);
