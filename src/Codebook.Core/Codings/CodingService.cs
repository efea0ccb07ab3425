using Codebook.Core.Errors;
using Codebook.Core.Ids;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Codings;

/// <summary>Applies themes to spans of transcripts and removes them, each action one logged (undoable) change.</summary>
public sealed class CodingService(IProjectStore store, Coder coder, IClock clock)
{
    /// <summary>Codes every span <paramref name="choice"/> names with the theme, all in one change. Spans this coder
    /// already coded with this theme are left as they are; when that leaves nothing to code, nothing changes and
    /// <see cref="ErrorCode.AlreadyCoded"/> is thrown. Other coders' codings and other themes may overlap freely.</summary>
    public IReadOnlyList<Coding> Code(string transcriptId, string themeId, SpanChoice choice, string? memo = null)
    {
        var transcript = store.RequireTranscript(transcriptId);
        var theme = store.RequireTheme(themeId);
        var spans = choice.Locate(transcript);
        var codings = store.Codings();
        var coded = codings.Where(c => c.TranscriptId == transcript.Id && c.ThemeId == theme.Id && c.Coder == coder.Name)
            .ToDictionary(c => c.Span, c => c.Id);
        var fresh = spans.Where(span => !coded.ContainsKey(span)).ToList();
        if (fresh.Count == 0)
        {
            throw new CodebookException(ErrorCode.AlreadyCoded,
                $"{coder.Name} already coded {transcript.Id} {spans[0]} with {theme.Id} ({coded[spans[0]]})", transcript.Id,
                "nothing to do; 'codebook codings' lists the codings");
        }

        var taken = codings.Select(c => c.Id).Concat(store.UnplacedCodings().Select(u => u.Id)).ToHashSet(StringComparer.Ordinal);
        var now = clock.UtcNow;
        var added = fresh.Select(span => new Coding
        {
            Id = NewId(taken),
            TranscriptId = transcript.Id,
            ThemeId = theme.Id,
            Coder = coder.Name,
            Start = span.Start,
            End = span.End,
            Memo = string.IsNullOrWhiteSpace(memo) ? null : memo,
            CreatedAt = now,
        }).ToList();
        store.Commit(coder.Name, "code", Summary(transcript, theme, added), changes => added.ForEach(changes.Put));
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
                "'codebook codings --unplaced' lists them");
        var transcript = store.RequireTranscript(unplaced.Coding.TranscriptId);
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

    private static string NewId(HashSet<string> taken)
    {
        var id = ShortId.New('c', taken.Contains);
        taken.Add(id);
        return id;
    }

    private static string Summary(Transcript transcript, Theme theme, List<Coding> added) => added.Count == 1
        ? $"coded {added[0].Id} {theme.Id} on {transcript.Id} {added[0].Span}: \"{Excerpt.Of(transcript.Text[added[0].Start..added[0].End])}\""
        : $"coded {added.Count} passages of {transcript.Id} with {theme.Id} ({string.Join(", ", added.Select(c => c.Id))})";
}
