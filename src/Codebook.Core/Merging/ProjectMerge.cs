using Codebook.Core.Ids;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Merging;

/// <summary>Brings another project's codings (and the memos on them) into this one, keeping coder names. Transcripts
/// are matched by their normalised text, not by id, so a copy imported under another name still matches and an
/// edited one does not; themes are matched by id. Everything added is one logged change, undoable.</summary>
public sealed class ProjectMerge(IProjectStore store, Coder coder)
{
    /// <summary>Reads <paramref name="other"/> only; commits nothing when there is nothing to add.</summary>
    public MergeReport Merge(IProjectStore other, string otherName)
    {
        var here = store.Transcripts().GroupBy(t => t.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var themes = store.Themes().Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var existing = store.Codings();
        var identical = existing.Select(c => (c.TranscriptId, c.ThemeId, c.Coder, c.Span)).ToHashSet();
        var coderTranscripts = existing.Select(c => (c.Coder, c.TranscriptId)).ToHashSet();
        var codingIds = existing.Select(c => c.Id).Concat(store.UnplacedCodings().Select(u => u.Id)).ToHashSet(StringComparer.Ordinal);
        var memoIds = store.Memos().Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var theirTranscripts = other.Transcripts().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var theirMemos = other.Memos().Where(m => m.Target == MemoTarget.Coding).ToLookup(m => m.TargetId, StringComparer.Ordinal);

        var conflicts = new List<(MergeConflictKind Kind, string About)>();
        var added = new List<Coding>();
        var memos = new List<Memo>();
        var already = 0;
        foreach (var theirs in other.Codings().OrderBy(c => c.TranscriptId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            if (!theirTranscripts.TryGetValue(theirs.TranscriptId, out var transcript) || !here.TryGetValue(transcript.Text, out var transcriptId))
            {
                conflicts.Add((MergeConflictKind.TranscriptNotFound, theirs.TranscriptId));
                continue;
            }
            if (!themes.Contains(theirs.ThemeId))
            {
                conflicts.Add((MergeConflictKind.ThemeMissing, theirs.ThemeId));
                continue;
            }
            if (!identical.Add((transcriptId, theirs.ThemeId, theirs.Coder, theirs.Span)))
            {
                already++;
                continue;
            }
            if (coderTranscripts.Contains((theirs.Coder, transcriptId))) conflicts.Add((MergeConflictKind.CoderDiffers, $"{theirs.Coder} on {transcriptId}"));
            // Ids are random so copies rarely clash: keep theirs, so memos and references still point at it.
            var id = codingIds.Add(theirs.Id) ? theirs.Id : ShortId.New('c', candidate => !codingIds.Add(candidate));
            added.Add(new Coding
            {
                Id = id, TranscriptId = transcriptId, ThemeId = theirs.ThemeId, Coder = theirs.Coder,
                Start = theirs.Start, End = theirs.End, Memo = theirs.Memo, CreatedAt = theirs.CreatedAt,
            });
            foreach (var memo in theirMemos[theirs.Id])
            {
                var memoId = memoIds.Add(memo.Id) ? memo.Id : ShortId.New('m', candidate => !memoIds.Add(candidate));
                memos.Add(new Memo { Id = memoId, Target = MemoTarget.Coding, TargetId = id, Text = memo.Text, Author = memo.Author, CreatedAt = memo.CreatedAt });
            }
        }

        var byCoder = added.GroupBy(c => c.Coder).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (added.Count > 0)
        {
            var who = string.Join(", ", byCoder.Select(p => $"{p.Value} by {p.Key}"));
            store.Commit(coder.Name, "merge", $"merged {Counted.Of(added.Count, "coding")} from {otherName} ({who})", changes =>
            {
                added.ForEach(changes.Put);
                memos.ForEach(changes.Put);
            });
        }
        var grouped = conflicts.GroupBy(c => c).Select(g => new MergeConflict(g.Key.Kind, g.Key.About, g.Count()))
            .OrderBy(c => c.Kind).ThenBy(c => c.About, StringComparer.Ordinal).ToList();
        return new MergeReport(byCoder, memos.Count, already, grouped);
    }
}
