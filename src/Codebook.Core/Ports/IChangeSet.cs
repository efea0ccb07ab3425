using Codebook.Core.Media;
using Codebook.Core.Model;

namespace Codebook.Core.Ports;

/// <summary>The writes of one change. They are applied together or not at all, and logged as one event.</summary>
public interface IChangeSet
{
    void Put(Transcript transcript);

    void Put(Case @case);

    void Put(AttributeDefinition definition);

    void Put(Theme theme);

    void Put(Coding coding);

    void Put(Memo memo);

    void Put(UnplacedCoding unplaced);

    void Put(CodebookVersion snapshot);

    void Put(Pseudonym pseudonym);

    /// <summary>Links a recording to its transcript, or changes the link.</summary>
    void Put(Recording recording);
    void Put(SpeakerRoleEntry role);

    void RemoveTranscript(string id);

    void RemoveTheme(string id);

    void RemoveCoding(string id);

    void RemoveMemo(string id);

    void RemoveUnplacedCoding(string id);
    void RemovePseudonym(string id);

    void RemoveRecording(string transcriptId);
    void RemoveSpeakerRole(string id);
}
