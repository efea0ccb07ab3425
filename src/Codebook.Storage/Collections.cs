namespace Codebook.Storage;

/// <summary>Names of the collections in a project file.</summary>
internal static class Collections
{
    public const string Project = "project";
    public const string Transcripts = "transcripts";
    public const string Cases = "cases";
    public const string AttributeDefinitions = "attribute_types";
    public const string Themes = "themes";
    public const string Codings = "codings";
    public const string Memos = "memos";
    public const string UnplacedCodings = "unplaced_codings";
    public const string Snapshots = "snapshots";
    public const string Pseudonyms = "pseudonyms";

    /// <summary>Added without a schema step: a file written before it has no such collection, which reads as empty.</summary>
    public const string SpeakerRoles = "speaker_roles";
    public const string Changes = "changes";
    public const string Outlines = "outlines";
    public const string TranscriptHeads = "transcript_heads";
    public const string CodingsByTranscript = "codings_by_transcript";
    public const string Recordings = "recordings";
}
