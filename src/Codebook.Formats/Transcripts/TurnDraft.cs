using Codebook.Core.Model;

namespace Codebook.Formats.Transcripts;

/// <summary>A turn as found by a parser, before roles are assigned.</summary>
internal sealed record TurnDraft(string? Speaker, bool RoleNamesInterviewer, TimeSpan? Timestamp, TextSpan Label, TextSpan Words, int Line, int EndLine);
