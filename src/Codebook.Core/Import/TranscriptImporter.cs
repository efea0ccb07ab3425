using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Speakers;
using Codebook.Core.Text;
using Codebook.Core.Time;

namespace Codebook.Core.Import;

/// <summary>Adds parsed transcripts to a project, each in one logged change. A file already imported is skipped;
/// a file whose id is taken by a transcript with other text is a corrected version of it and replaces it. Roles set by
/// hand for a speaker (the project's speaker table) hold in the transcripts imported after.</summary>
public sealed partial class TranscriptImporter(IProjectStore store, Coder coder, IClock clock, ITextDiff diff)
{
    /// <param name="force">Replace a transcript of the same id even when the texts look like two interviews.</param>
    public ImportOutcome Import(ParsedTranscript parsed, bool force = false)
    {
        var transcript = parsed.Transcript;
        var sameFile = store.FindTranscriptBySourceHash(transcript.SourceHash);
        if (sameFile is not null) return new ImportOutcome(ImportStatus.AlreadyImported, sameFile.Id);

        var sameId = store.FindTranscript(transcript.Id);
        if (sameId is not null)
        {
            return sameId.Text == transcript.Text
                ? new ImportOutcome(ImportStatus.AlreadyImported, sameId.Id)
                : Reimport(sameId, parsed, force);
        }

        transcript.ImportedAt = clock.UtcNow;
        transcript.ImportedBy = coder.Name;
        var rolesSet = SpeakerRoles.Apply(transcript, store.SpeakerRoles());
        var @case = parsed.Case is null ? null : MergeCase(parsed.Case);
        store.Commit(coder.Name, "import", Summary(transcript), changes =>
        {
            if (@case is not null) changes.Put(@case);
            changes.Put(transcript);
            if (parsed.Recording is { } recording) changes.Put(recording);
        });
        return new ImportOutcome(ImportStatus.Imported, transcript.Id, RolesSet: rolesSet.Count == 0 ? null : rolesSet);
    }

    /// <summary>A case seen before keeps its attributes; the new file adds to them and wins where they differ.</summary>
    private Case MergeCase(Case incoming)
    {
        var existing = store.FindCase(incoming.Id);
        if (existing is null) return incoming;
        foreach (var (key, value) in incoming.Attributes) existing.Attributes[key] = value;
        if (incoming.Name.Length > 0) existing.Name = incoming.Name;
        return existing;
    }

    private static string Summary(Transcript t) =>
        $"imported {t.Id} from {t.SourceFile} ({t.Language}, {Counted.Of(t.Turns.Count, "turn")}, {Counted.Of(t.WordCount, "word")})";
}
