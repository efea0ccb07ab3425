using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Speakers;
using Codebook.Formats.Transcripts;

namespace Codebook.Cli.Importing;

/// <summary>Imports files one by one: each is read whole, then stored in one change, so a bad file leaves nothing behind.</summary>
/// <param name="force">Update a transcript of the same id even when the file looks like another interview.</param>
/// <param name="project">The project file, to link each transcript's recording relative to it (<see cref="RecordingFinder"/>);
/// null links none.</param>
public sealed class ImportRun(TranscriptImporter importer, bool force = false, string? project = null)
{
    public ImportResult Import(ImportInput input)
    {
        if (input.Problem is not null) return new ImportResult(input.Path, ImportResultStatus.Failed, Error: input.Problem);
        try
        {
            var parsed = TranscriptReader.Read(input.Path);
            if (project is not null) parsed = RecordingFinder.WithRecording(parsed, input.Path, project);
            var outcome = importer.Import(parsed, force);
            var transcript = parsed.Transcript;
            var warnings = parsed.Warnings.Concat(RolesSet(outcome)).ToList();
            return outcome.Status switch
            {
                ImportStatus.Imported => new ImportResult(input.Path, ImportResultStatus.Imported, outcome.TranscriptId,
                    transcript.Language, transcript.Turns.Count, transcript.WordCount, warnings),
                ImportStatus.Updated => new ImportResult(input.Path, ImportResultStatus.Updated, outcome.TranscriptId,
                    transcript.Language, transcript.Turns.Count, transcript.WordCount, warnings, Reimport: Result(outcome.Reimport!)),
                _ => new ImportResult(input.Path, ImportResultStatus.AlreadyImported, outcome.TranscriptId),
            };
        }
        catch (CodebookException e)
        {
            return new ImportResult(input.Path, ImportResultStatus.Failed, Error: e.Where is null || e.Where == Path.GetFileName(input.Path)
                ? MessageWithHint(e) : $"{e.Where}: {MessageWithHint(e)}");
        }
    }

    /// <summary>What the project's speaker table decided, which the file alone (and its warnings) could not know.</summary>
    private static IEnumerable<string> RolesSet(ImportOutcome outcome) =>
        (outcome.RolesSet ?? []).Select(e => $"{e.Name} is {SpeakerService.Describe(e.Role)} here, as set by hand for the project (codebook speakers)");

    private static ReimportResult Result(ReimportReport report) =>
        new(report.Carried, report.Edited, report.Unplaced.Select(UnplacedRow.Of).ToList());

    private static string MessageWithHint(CodebookException e) => e.Hint is null ? e.Message : $"{e.Message} — {e.Hint}";
}
