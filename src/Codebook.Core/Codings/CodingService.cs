using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Codings;

/// <summary>Applies themes to spans of transcripts and removes them, each action one logged (undoable) change.</summary>
public sealed partial class CodingService(IProjectStore store, Coder coder, IClock clock)
{
    /// <summary>Codes every span <paramref name="choice"/> names with the theme, all in one change. Spans this coder
    /// already coded with this theme are left as they are; when that leaves nothing to code, nothing changes and
    /// <see cref="ErrorCode.AlreadyCoded"/> is thrown. Other coders' codings and other themes may overlap freely.</summary>
    public IReadOnlyList<Coding> Code(string transcriptId, string themeId, SpanChoice choice, string? memo = null)
    {
        var transcript = store.RequireTranscript(transcriptId);
        var theme = store.RequireTheme(themeId);
        var spans = choice.Locate(transcript);
        var batch = new Batch(store, coder, clock);
        var added = batch.Add(transcript, theme, spans, memo);
        if (added.Count == 0)
        {
            throw new CodebookException(ErrorCode.AlreadyCoded,
                $"{coder.Name} already coded {transcript.Id} {spans[0]} with {theme.Id} ({batch.CodedAs(transcript, theme, spans[0])})", transcript.Id,
                new ErrorHint(HintKind.AlreadyCoded));
        }
        store.Commit(coder.Name, "code", Summary(transcript, theme, added), changes => added.ForEach(changes.Put));
        return added;
    }

    /// <summary>Codes many passages, of any transcripts and themes, in one change described by <paramref name="summary"/>
    /// (an import is undone in one step). Spans this coder already coded with the same theme are skipped.</summary>
    public IReadOnlyList<Coding> CodeAll(IEnumerable<(string TranscriptId, string ThemeId, SpanChoice Choice, string? Memo)> passages, string summary)
    {
        var batch = new Batch(store, coder, clock);
        var transcripts = new Dictionary<string, Transcript>(StringComparer.Ordinal);
        var added = new List<Coding>();
        foreach (var (transcriptId, themeId, choice, memo) in passages)
        {
            if (!transcripts.TryGetValue(transcriptId, out var transcript)) transcripts[transcriptId] = transcript = store.RequireTranscript(transcriptId);
            added.AddRange(batch.Add(transcript, store.RequireTheme(themeId), choice.Locate(transcript), memo));
        }
        if (added.Count > 0) store.Commit(coder.Name, "code", summary, changes => added.ForEach(changes.Put));
        return added;
    }

    /// <summary>Removes a coding, with the memos written on it, in one change that undo brings back. A coding kept
    /// aside by a re-import (unplaced) is removed the same way.</summary>
    public Coding Uncode(string codingId)
    {
        var unplaced = store.UnplacedCodings().FirstOrDefault(u => u.Id == codingId);
        var coding = unplaced?.Coding ?? store.RequireCoding(codingId);
        var memos = store.Memos().Where(m => m.Target == MemoTarget.Coding && m.TargetId == coding.Id).ToList();
        var what = unplaced is null ? $"{coding.TranscriptId} {coding.Span}" : $"{coding.TranscriptId}, unplaced";
        store.Commit(coder.Name, "uncode", $"removed {coding.Id} ({coding.ThemeId} on {what})", changes =>
        {
            if (unplaced is null) changes.RemoveCoding(coding.Id);
            else changes.RemoveUnplacedCoding(coding.Id);
            foreach (var memo in memos) changes.RemoveMemo(memo.Id);
        });
        return coding;
    }

    /// <summary>Puts a coding a re-import kept aside back on its transcript, at the first span
    /// <paramref name="choice"/> names, with its id, coder and memos, in one change.</summary>
    public Coding Place(string codingId, SpanChoice choice)
    {
        var unplaced = store.UnplacedCodings().FirstOrDefault(u => u.Id == codingId)
            ?? throw new CodebookException(ErrorCode.NotFound, $"no unplaced coding '{codingId}' in this project", store.Location,
                new ErrorHint(HintKind.ListUnplaced));
        var transcript = store.RequireTranscript(unplaced.Coding.TranscriptId);
        store.RequireTheme(unplaced.Coding.ThemeId); // merged or deleted since: code the passage anew instead
        var span = choice.Locate(transcript)[0];
        var coding = unplaced.Coding;
        (coding.Start, coding.End) = (span.Start, span.End);
        store.Commit(coder.Name, "place", $"placed {coding.Id} ({coding.ThemeId} on {transcript.Id} {span}): \"{Excerpt.Of(transcript.Text[span.Start..span.End])}\"",
            changes =>
            {
                changes.RemoveUnplacedCoding(coding.Id);
                changes.Put(coding);
            });
        return coding;
    }

    private static string Summary(Transcript transcript, Theme theme, List<Coding> added) => added.Count == 1
        ? $"coded {added[0].Id} {theme.Id} on {transcript.Id} {added[0].Span}: \"{Excerpt.Of(transcript.Text[added[0].Start..added[0].End])}\""
        : $"coded {added.Count} passages of {transcript.Id} with {theme.Id} ({string.Join(", ", added.Select(c => c.Id))})";
}
