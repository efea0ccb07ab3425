using Codebook.Core.Changes;
using Codebook.Core.Media;
using Codebook.Core.Model;

namespace Codebook.Core.Ports;

/// <summary>The project file: what a project holds, and the only way to change it (<see cref="Commit"/>).</summary>
public interface IProjectStore : IDisposable
{
    /// <summary>Where the project lives, for messages.</summary>
    string Location { get; }

    ProjectInfo Info { get; }

    IReadOnlyList<Transcript> Transcripts();

    /// <summary>The transcripts without their text, turns and file lines (<see cref="Transcript.Text"/> empty): what
    /// listings and analyses need to name and place them, without reading every interview's text.</summary>
    IReadOnlyList<Transcript> TranscriptsWithoutText();

    Transcript? FindTranscript(string id);

    /// <summary>What analyses need of the transcripts' text (length, passages, words), in the order asked, without
    /// reading the text; a transcript with no stored outline has one made from its text.</summary>
    IReadOnlyList<TranscriptOutline> OutlinesOf(IReadOnlyList<string> transcriptIds) =>
        transcriptIds.Select(id => TranscriptOutline.Of(this.RequireTranscript(id))).ToList();

    Transcript? FindTranscriptBySourceHash(string sourceHash);

    IReadOnlyList<Case> Cases();

    Case? FindCase(string id);

    /// <summary>The types researchers gave case attributes; other attributes have the type their values show.</summary>
    IReadOnlyList<AttributeDefinition> AttributeDefinitions();

    IReadOnlyList<Theme> Themes();

    IReadOnlyList<Coding> Codings();

    /// <summary>Every coding as analyses read it: without its reviews and selection GUID (empty), from a compact copy
    /// where the store keeps one. The order is the store's.</summary>
    IReadOnlyList<Coding> CodingsForAnalysis() => Codings();

    /// <summary>The codings of one transcript, without reading every coding: what re-indexing it after a change needs.</summary>
    IReadOnlyList<Coding> CodingsOf(string transcriptId) => Codings().Where(c => c.TranscriptId == transcriptId).ToList();

    Coding? FindCoding(string id);

    /// <summary>Codings a re-import could not carry to a corrected text, kept aside.</summary>
    IReadOnlyList<UnplacedCoding> UnplacedCodings();

    IReadOnlyList<Memo> Memos();

    /// <summary>The pseudonym table: real names and the names exports print instead.</summary>
    IReadOnlyList<Pseudonym> Pseudonyms();

    /// <summary>The recordings linked to transcripts (docs/media.md).</summary>
    IReadOnlyList<Recording> Recordings();

    /// <summary>The recording linked to a transcript, if any.</summary>
    Recording? FindRecording(string transcriptId) => Recordings().FirstOrDefault(r => r.TranscriptId == transcriptId);

    /// <summary>The roles set by hand for speakers across the project, applied to transcripts imported later.</summary>
    IReadOnlyList<SpeakerRoleEntry> SpeakerRoles();

    /// <summary>The codebook's labelled versions, oldest first.</summary>
    IReadOnlyList<CodebookVersion> Snapshots();

    /// <summary>The sequence of the latest change in the log; 0 for a project never changed.</summary>
    long LastChange { get; }

    /// <summary>Raised after every change is committed, undos and redos included, with what it touched: how derived
    /// data (the search index) stays in step without each command having to remember it.</summary>
    event Action<CommittedChange>? Committed;

    /// <summary>The event log, oldest first.</summary>
    IReadOnlyList<Change> Changes();

    /// <summary>Applies the writes made by <paramref name="apply"/> in one transaction and logs them as one change.
    /// If <paramref name="apply"/> throws, nothing is written.</summary>
    Change Commit(string coder, string action, string summary, Action<IChangeSet> apply);

    /// <summary>Undoes the most recent change not yet undone (earlier undos step further back) by writing back what
    /// it replaced, in one transaction logged as an "undo" change. Null when there is nothing left to undo.</summary>
    Change? Undo(string coder);

    /// <summary>Re-applies the most recently undone change, logged as a "redo" change. Null when nothing was undone,
    /// or when an ordinary change was made since the undo (it clears what could be redone, as in an editor).</summary>
    Change? Redo(string coder);
}
