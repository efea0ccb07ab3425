namespace Codebook.Search.Tests.Gold;

/// <summary>Runs every query of the gold set on the gold study and scores it, query by query and group by group.</summary>
internal sealed class GoldRun
{
    public sealed record Result(GoldQuery Query, GoldScore Score, List<string> Wrong, List<string> Missed, List<string> NearMisses);

    public List<Result> Results { get; } = [];

    public GoldRun(GoldStudy study, IEnumerable<GoldQuery> queries)
    {
        foreach (var query in queries)
        {
            var judged = study.Passages.Where(query.Judges).Select(p => p.Key).ToHashSet();
            var found = study.Index.Search(query.Query, 100_000).Select(h => $"{h.TranscriptId}#{h.PassageIndex}").Where(judged.Contains).ToHashSet();
            var expected = study.Passages.Where(query.Expects).Select(p => p.Key).ToHashSet();
            var refused = study.Passages.Where(query.Refuses).Select(p => p.Key).ToHashSet();
            var wrong = found.Except(expected).Order(StringComparer.Ordinal).ToList();
            var missed = expected.Except(found).Order(StringComparer.Ordinal).ToList();
            var nearMisses = found.Intersect(refused).Order(StringComparer.Ordinal).ToList();
            Results.Add(new Result(query, new GoldScore(1, found.Count - wrong.Count, wrong.Count, missed.Count, nearMisses.Count),
                wrong, missed, nearMisses));
        }
    }

    /// <summary>Each group's scores summed over its queries, in the order the groups first appear.</summary>
    public List<(string Group, GoldScore Score)> ByGroup() =>
        Results.GroupBy(r => r.Query.Group)
            .Select(g => (g.Key, g.Aggregate(GoldScore.Zero, (sum, r) => sum.Plus(r.Score))))
            .ToList();

    /// <summary>A Markdown table of the groups: queries, passages expected, precision, recall.</summary>
    public string Table()
    {
        var lines = new List<string>
        {
            "| group | queries | passages expected | found right | found wrong | missed | precision | recall |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        var all = GoldScore.Zero;
        foreach (var (group, score) in ByGroup())
        {
            lines.Add(Row(group, score));
            all = all.Plus(score);
        }
        lines.Add(Row("**all**", all));
        return string.Join('\n', lines) + '\n';
    }

    private static string Row(string group, GoldScore s) =>
        FormattableString.Invariant($"| {group} | {s.Queries} | {s.Found + s.Missed} | {s.Found} | {s.Wrong} | {s.Missed} | {s.Precision:0.000} | {s.Recall:0.000} |");
}
