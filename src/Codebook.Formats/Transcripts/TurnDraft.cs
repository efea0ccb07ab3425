using Codebook.Core.Model;

namespace Codebook.Formats.Transcripts;

/// <summary>A turn as found by a parser, before roles are assigned.</summary>
/// <param name="RoleNamesInterviewer">The label carries an interviewer marker.</param>
/// <param name="IsNote">A heading, metadata or observation note: no speaker, not speech.</param>
internal sealed record TurnDraft(string? Speaker, bool RoleNamesInterviewer, TimeSpan? Timestamp, TextSpan Label, TextSpan Words, int Line, int EndLine,
    bool IsNote = false);
