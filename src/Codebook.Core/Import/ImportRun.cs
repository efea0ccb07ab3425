using Codebook.Core.Errors;
using Codebook.Core.Search;
using Codebook.Core.Speakers;

namespace Codebook.Core.Import;

/// <summary>Imports files one by one: each is read whole, then stored in one change, so a bad file leaves nothing
/// behind and the others still import.</summary>
/// <param name="read">Reads a transcript file (the formats' reader, an adapter).</param>
/// <param name="say">A file's error as the front end words it ("message — what to do").</param>
/// <param name="force">Update a transcript of the same id even when the file looks like another interview.</param>
/// <param name="project">The project file, to link each transcript's recording relative to it (<see cref="RecordingFinder"/>);
/// null links none.</param>
public sealed class ImportRun(TranscriptImporter importer, Func<string, ParsedTranscript> read, Func<CodebookException, string> say,
    bool force = false, string? project = null)
{
    /// <summary>Imports every file in turn, with one index update for the whole run rather than one per file.</summary>
    /// <param name="index">The project's index keeper, held for the run; null when there is none.</param>
    /// <param name="starting">Told before each file (a progress bar's label).</param>
    /// <param name="done">Told as soon as a file's change is committed: the file is in the project even if the run
    /// is stopped before the end.</param>
    public List<ImportResult> ImportAll(IReadOnlyList<ImportInput> files, IndexKeeper? index,
        Action<ImportInput>? starting = null, Action<ImportResult>? done = null)
    {
        var results = new List<ImportResult>();
        index?.Hold();
        try
        {
            foreach (var file in files)
            {
                starting?.Invoke(file);
                var result = Import(file);
                results.Add(result);
                done?.Invoke(result);
            }
        }
        finally
        {
            index?.Release();
        }
        return results;
    }

    public ImportResult Import(ImportInput input)
    {
        if (input.Problem is not null) return new ImportResult(input.Path, ImportResultStatus.Failed, Error: input.Problem);
        try
        {
            var parsed = read(input.Path);
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
                ? say(e) : $"{e.Where}: {say(e)}");
        }
    }

    /// <summary>What the project's speaker table decided, which the file alone (and its warnings) could not know.</summary>
    private static IEnumerable<string> RolesSet(ImportOutcome outcome) =>
        (outcome.RolesSet ?? []).Select(e => $"{e.Name} is {SpeakerService.Describe(e.Role)} here, as set by hand for the project's speakers");

    private static ReimportResult Result(ReimportReport report) =>
        new(report.Carried, report.Edited, report.Unplaced.Select(UnplacedCodingRow.Of).ToList());
}
