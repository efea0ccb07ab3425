namespace Codebook.Cli.Output;

/// <summary>A coding as <c>--json</c> prints it, with the text it covers.</summary>
public sealed record CodingRow(string Id, string Transcript, int Start, int End, string Theme, string Coder, string Text, string? Memo);
