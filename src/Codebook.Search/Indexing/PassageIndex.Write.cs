using System.Globalization;
using Codebook.Core.Search;
using Lucene.Net.Index;

namespace Codebook.Search.Indexing;

public sealed partial class PassageIndex
{
    /// <summary>Key of the commit user data holding the project change the index reflects.</summary>
    private const string SequenceKey = "codebook.sequence";

    /// <summary>The project change the index reflects, from its last commit: 0 for a new, empty index; null for an
    /// index with passages but no sequence, or of another format, which cannot be trusted.</summary>
    public long? Reflects
    {
        get
        {
            lock (gate)
            {
                if (writer is not null) return ReflectsOf(writer.CommitData, writer.NumDocs);
                var commit = (DirectoryReader)opened!.IndexReader;
                return ReflectsOf(commit.IndexCommit.UserData, commit.NumDocs);
            }
        }
    }

    /// <summary>Key of the commit user data holding the layout of the passage documents.</summary>
    private const string FormatKey = "codebook.format";

    /// <summary>The layout of the passage documents, raised when it changes. Format 1 (no key) stored each hit's
    /// values as stored fields; format 2 keeps them in one <see cref="PassageRecord"/>; format 3 indexes every
    /// keyword in one field (<see cref="Fields.Keywords"/>); format 4 keeps elided forms whole beside their bare word
    /// and turns conjugated forms into their infinitive before stemming (<see cref="Analysis.AnalysisMode"/>); format 5
    /// adds to the record the imported file's line of each of the passage's lines.</summary>
    private const string Format = "5";

    /// <summary>An index of another format holding passages reflects no change, so it is rebuilt like a stale one.</summary>
    internal static long? ReflectsOf(IDictionary<string, string> commitData, int passages)
    {
        bool readable = passages == 0 || (commitData.TryGetValue(FormatKey, out var format) && format == Format);
        return readable && commitData.TryGetValue(SequenceKey, out var value)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                ? sequence
                : passages == 0 ? 0 : null;
    }

    /// <summary>Replaces the whole index with these transcripts' passages, as of project change <paramref name="sequence"/>.</summary>
    public void Rebuild(IEnumerable<IndexedTranscript> transcripts, long sequence)
    {
        var writer = Writer();
        writer.DeleteAll();
        foreach (var transcript in transcripts) writer.AddDocuments(PassageDocument.Of(transcript));
        Publish(sequence);
    }

    /// <summary>Replaces the passages of <paramref name="changed"/> transcripts (after an import, an edit, or a change
    /// to their codings, case or themes) and drops those of <paramref name="removed"/> ones, in one commit.</summary>
    public void Update(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed, long sequence)
    {
        Stage(changed, removed);
        Publish(sequence);
    }

    /// <summary>What <see cref="Update"/> writes, left uncommitted: the writer flushes its buffer to new segments
    /// as it fills, and only <see cref="Publish"/> makes them part of the index.</summary>
    public void Stage(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed)
    {
        // Until published, the index reflects no known change: Lucene commits on closing the writer, and an index
        // closed with staged passages must not claim the sequence of its last commit.
        var writer = Writer();
        writer.SetCommitData(new Dictionary<string, string>());
        foreach (var id in removed) writer.DeleteDocuments(IdTerm(id));
        foreach (var transcript in changed) writer.UpdateDocuments(IdTerm(transcript.Transcript.Id), PassageDocument.Of(transcript));
    }

    /// <summary>Committed with the sequence, so the index on disk says which project change it matches, then
    /// refreshed so the next search sees it.</summary>
    public void Publish(long sequence)
    {
        var writer = Writer();
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [FormatKey] = Format,
        });
        writer.Commit();
        searchers!.MaybeRefreshBlocking();
    }

    private static Term IdTerm(string transcriptId) => new(Fields.Keywords, Fields.KeywordPrefix(Fields.TranscriptId) + transcriptId);
}
