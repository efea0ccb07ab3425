using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Import;

/// <summary>Adds parsed transcripts to a project, each in one logged change, refusing duplicates.</summary>
public sealed class TranscriptImporter(IProjectStore store, Coder coder, IClock clock)
{
    public ImportOutcome Import(ParsedTranscript parsed)
    {
        var transcript = parsed.Transcript;
        var sameFile = store.FindTranscriptBySourceHash(transcript.SourceHash);
        if (sameFile is not null) return new ImportOutcome(ImportStatus.AlreadyImported, sameFile.Id);

        var sameId = store.FindTranscript(transcript.Id);
        if (sameId is not null)
        {
            if (sameId.Text == transcript.Text) return new ImportOutcome(ImportStatus.AlreadyImported, sameId.Id);
            throw new CodebookException(ErrorCode.IdConflict,
                $"the project already has a different transcript with id '{transcript.Id}' (from {sameId.SourceFile})",
                transcript.SourceFile,
                "give this file another id in its front matter (id: ...), or rename the file");
        }

        transcript.ImportedAt = clock.UtcNow;
        transcript.ImportedBy = coder.Name;
        var @case = parsed.Case is null ? null : MergeCase(parsed.Case);
        store.Commit(coder.Name, "import", Summary(transcript), changes =>
        {
            if (@case is not null) changes.Put(@case);
            changes.Put(transcript);
        });
        return new ImportOutcome(ImportStatus.Imported, transcript.Id);
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
        $"imported {t.Id} from {t.SourceFile} ({t.Language}, {t.Turns.Count} turns, {t.WordCount} words)";
}
