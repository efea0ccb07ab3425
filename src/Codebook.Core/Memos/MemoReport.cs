using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Quotes;
using Codebook.Core.Themes;

namespace Codebook.Core.Memos;

/// <summary>Every memo of a project for a supervisor to read: the journal and the memos on transcripts, themes, codings
/// (those written on them and those that came with them) and framework cells, grouped and ordered as asked, each
/// pseudonymised as quotes are, a coding's with the quote it is about.</summary>
public sealed class MemoReport
{
    private MemoReport(IReadOnlyList<MemoGroup> groups, int replacements)
    {
        Groups = groups;
        Replacements = replacements;
    }

    public IReadOnlyList<MemoGroup> Groups { get; }

    /// <summary>Real names replaced in the memos and what they are on (the quotes count theirs).</summary>
    public int Replacements { get; }

    public int Count => Groups.Sum(g => g.Memos.Count);

    /// <summary>The themes whose codings carry memos: the quotes a report needs are theirs.</summary>
    public static IReadOnlyList<string> QuotedThemes(IProjectStore store)
    {
        var withMemos = store.Memos().Where(m => m.Target == MemoTarget.Coding).Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        return store.Codings().Where(c => c.Memo is not null || withMemos.Contains(c.Id)).Select(c => c.ThemeId).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <param name="quotes">Prepared quotes of <see cref="QuotedThemes"/>, by which a coding's memo finds its quote.</param>
    public static MemoReport Build(IProjectStore store, QuoteSheet? quotes, Pseudonymiser pseudonymiser, MemoGrouping grouping, MemoOrder order, bool allowRealNames)
    {
        var tree = new ThemeTree(store.Themes());
        var codings = store.Codings().ToDictionary(c => c.Id, StringComparer.Ordinal);
        var quoteOf = (quotes?.Quotes ?? []).Where(q => q.Quote.Theme is not null)
            .GroupBy(q => (q.Quote.Transcript.Id, q.Quote.Span.Start, q.Quote.Span.End, q.Quote.Theme!.Id)).ToDictionary(g => g.Key, g => g.First());
        // A memo a coding came with (from a codings file or another tool) is the coder's, from when the coding was made.
        var carried = codings.Values.Where(c => !string.IsNullOrWhiteSpace(c.Memo)).Select(c => new Memo
        {
            Target = MemoTarget.Coding, TargetId = c.Id, Text = c.Memo!, Author = c.Coder, CreatedAt = c.CreatedAt,
        });
        int replacements = 0;
        var memos = store.Memos().Concat(carried).Select(memo =>
        {
            var coding = memo.Target == MemoTarget.Coding ? codings.GetValueOrDefault(memo.TargetId) : null;
            var quote = coding is null ? null : quoteOf.GetValueOrDefault((coding.TranscriptId, coding.Start, coding.End, coding.ThemeId));
            return new ReportedMemo(memo, Pseudonymise(On(memo, coding)), Pseudonymise(memo.Text), quote);
        }).ToList();

        var groups = grouping switch
        {
            MemoGrouping.Theme => memos.GroupBy(m => ThemeOf(m.Memo, codings))
                .OrderBy(g => g.Key is null ? int.MaxValue : Position(tree, g.Key))
                .Select(g => (g.Key is null ? "No theme" : tree.Find(g.Key) is { } t ? $"{t.Label} ({t.Id})" : g.Key, g.AsEnumerable())),
            MemoGrouping.Author => memos.GroupBy(m => m.Author).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.AsEnumerable())),
            _ => memos.GroupBy(m => m.Memo.Target).OrderBy(g => g.Key).Select(g => (KindHeading(g.Key), g.AsEnumerable())),
        };
        return new MemoReport(groups.Select(g => new MemoGroup(g.Item1, Ordered(g.Item2, order))).ToList(), replacements);

        string Pseudonymise(string text)
        {
            var result = pseudonymiser.ApplyOrRefuse(text, "a memo", "memo", pseudonymised => $": \"{Excerpt.Of(pseudonymised)}\"", allowRealNames);
            replacements += result.Replacements;
            return result.Text;
        }
    }

    private static IReadOnlyList<ReportedMemo> Ordered(IEnumerable<ReportedMemo> memos, MemoOrder order) => (order == MemoOrder.Target
            ? memos.OrderBy(m => m.Memo.Target).ThenBy(m => m.On, StringComparer.Ordinal).ThenBy(m => m.At)
            : memos.OrderBy(m => m.At).ThenBy(m => m.On, StringComparer.Ordinal))
        .ThenBy(m => m.Memo.Id, StringComparer.Ordinal).ToList();

    private static string On(Memo memo, Coding? coding) => memo.Target switch
    {
        MemoTarget.Project => "Project journal",
        MemoTarget.Transcript => $"transcript {memo.TargetId}",
        MemoTarget.Theme => $"theme {memo.TargetId}",
        MemoTarget.FrameworkCell => $"framework cell {memo.TargetId} × {memo.ThemeId}",
        _ => coding is null ? $"coding {memo.TargetId} (no longer in the project)" : $"coding {coding.Id} ({coding.ThemeId}) in {coding.TranscriptId}",
    };

    private static string? ThemeOf(Memo memo, IReadOnlyDictionary<string, Coding> codings) => memo.Target switch
    {
        MemoTarget.Theme => memo.TargetId,
        MemoTarget.FrameworkCell => memo.ThemeId,
        MemoTarget.Coding => codings.GetValueOrDefault(memo.TargetId)?.ThemeId,
        _ => null,
    };

    private static int Position(ThemeTree tree, string themeId)
    {
        for (int i = 0; i < tree.InOrder.Count; i++) if (tree.InOrder[i].Theme.Id == themeId) return i;
        return int.MaxValue - 1;
    }

    private static string KindHeading(MemoTarget target) => target switch
    {
        MemoTarget.Project => "Project journal",
        MemoTarget.Transcript => "Memos on transcripts",
        MemoTarget.Theme => "Memos on themes",
        MemoTarget.Coding => "Memos on codings",
        _ => "Framework summaries",
    };
}
