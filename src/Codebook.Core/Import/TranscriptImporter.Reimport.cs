using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Revisions;
using Codebook.Core.Speakers;
using Codebook.Core.Text;

namespace Codebook.Core.Import;

/// <summary>Re-import: a corrected transcript replaces the old one and its codings follow the text through a diff.</summary>
public sealed partial class TranscriptImporter
{
    /// <summary>Below this share of the old text still there, the new file is taken for another interview.</summary>
    public const double MinimumKeptShare = 0.5;

    private ImportOutcome Reimport(Transcript old, ParsedTranscript parsed, bool force)
    {
        var transcript = parsed.Transcript;
        if (!force) RefuseAnotherInterview(old, transcript, SharedWords.ShareOf(old.Text, transcript.Text));
        var map = new OffsetMap(old.Text, transcript.Text, diff.UnchangedRuns(old.Text, transcript.Text));
        if (!force) RefuseAnotherInterview(old, transcript, map.KeptShare);

        var now = clock.UtcNow;
        var (carried, edited) = (0, 0);
        var moved = new List<Coding>();
        var unplaced = new List<UnplacedCoding>();
        foreach (var coding in store.Codings().Where(c => c.TranscriptId == old.Id).OrderBy(c => c.Start).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            if (map.Map(coding.Span) is not { } span)
            {
                unplaced.Add(UnplacedCoding.Of(coding, old.Text, now));
                continue;
            }
            carried++;
            if (old.Text[coding.Start..coding.End] != transcript.Text[span.Start..span.End]) edited++;
            if (span == coding.Span) continue;
            (coding.Start, coding.End) = (span.Start, span.End);
            moved.Add(coding);
        }

        transcript.ImportedAt = now;
        transcript.ImportedBy = coder.Name;
        var rolesSet = KeepRolesSetByHand(old, transcript);
        var @case = parsed.Case is null ? null : MergeCase(parsed.Case);
        var report = new ReimportReport(carried, edited, unplaced);
        store.Commit(coder.Name, "reimport", ReimportSummary(transcript, report), changes =>
        {
            if (@case is not null) changes.Put(@case);
            changes.Put(transcript);
            if (parsed.Recording is { } recording) changes.Put(KeepingOffset(recording));
            moved.ForEach(changes.Put);
            foreach (var aside in unplaced)
            {
                changes.RemoveCoding(aside.Id);
                changes.Put(aside);
            }
        });
        return new ImportOutcome(ImportStatus.Updated, transcript.Id, report, rolesSet.Count == 0 ? null : rolesSet);
    }

    /// <summary>The project's table first, then the roles set by hand in this transcript alone (<c>set-role --transcript</c>),
    /// which are more particular: a corrected file does not undo a researcher's decision.</summary>
    /// <returns>The entries of the project's table that set a role.</returns>
    private IReadOnlyList<SpeakerRoleEntry> KeepRolesSetByHand(Transcript old, Transcript transcript)
    {
        var rolesSet = SpeakerRoles.Apply(transcript, store.SpeakerRoles());
        var byHand = old.Turns.Where(t => t.RoleDecidedBy == RoleDecision.ByHand && t.Speaker is not null)
            .Select(t => (Key: SpeakerName.KeyOf(t.Speaker!), t.Role)).Distinct();
        foreach (var (key, role) in byHand) SpeakerRoles.Set(transcript, key, role);
        return rolesSet;
    }

    private static void RefuseAnotherInterview(Transcript old, Transcript incoming, double shared)
    {
        if (shared >= MinimumKeptShare) return;
        throw new CodebookException(ErrorCode.IdConflict,
            $"the project's transcript '{old.Id}' (from {old.SourceFile}) shares only {Math.Round(shared * 100)}% of its text with this file; it looks like another interview",
            incoming.SourceFile,
            new ErrorHint(HintKind.ReimportOrReplace));
    }

    private static string ReimportSummary(Transcript t, ReimportReport report) =>
        $"updated {t.Id} from {t.SourceFile}: {Counted.Of(report.Carried, "coding")} carried ({report.Edited} with corrected text), " +
        $"{report.Unplaced.Count} unplaced" + (report.Unplaced.Count == 0 ? "" : $" ({string.Join(", ", report.Unplaced.Select(u => u.Id))})");

    /// <summary>A corrected transcript keeps the offset its recording was given.</summary>
    private Media.Recording KeepingOffset(Media.Recording recording)
    {
        if (store.FindRecording(recording.TranscriptId) is { } linked) recording.Offset = linked.Offset;
        return recording;
    }
}
