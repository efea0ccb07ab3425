namespace Codebook.Formats.Transcripts;

/// <summary>A file's text as decoded, with a warning when the encoding had to be guessed.</summary>
internal readonly record struct DecodedText(string Text, string? Warning);
