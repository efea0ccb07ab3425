using Codebook.Search.Tests.Support;
using Codebook.Testing;

namespace Codebook.Search.Tests.Gold;

/// <summary>The gold set (<c>tests/data/search/gold.tsv</c>) run on the sample study and the real excerpts: each
/// group of queries keeps at least its precision and recall, and no query finds a near miss it names. A regression
/// in analysis, query parsing or the verb tables shows here, with the passages it found or missed.</summary>
[TestClass]
public sealed class GoldSetTests
{
    /// <summary>The least each group must reach: the issue's targets for phrases, elisions, verbs and plurals, the
    /// figures measured when the set was written for the others (docs/search.md).</summary>
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new()
    {
        ["phrases"] = (1.0, 1.0),
        ["elisions"] = (1.0, 1.0),
        ["verbs"] = (0.95, 0.95),
        ["plurals"] = (0.95, 0.95),
        ["accents"] = (1.0, 1.0),
        ["spoken"] = (1.0, 1.0),
        ["fields"] = (1.0, 1.0),
    };

    private static GoldRun run = null!;
    private static TempFolder folder = null!;

    [ClassInitialize]
    public static void Run(TestContext _)
    {
        folder = new TempFolder();
        var root = Repository.Root;
        using var study = new GoldStudy(root, folder.IndexPath);
        run = new GoldRun(study, GoldSet.Read(Path.Combine(root, GoldSet.RelativePath)));
    }

    [ClassCleanup]
    public static void Clean() => folder.Dispose();

    [TestMethod]
    public void TheSetHasAtLeast150QueriesInBothLanguagesAndEveryGroup()
    {
        Assert.IsGreaterThanOrEqualTo(150, run.Results.Count);
        CollectionAssert.AreEquivalent(Floors.Keys.ToList(), run.ByGroup().Select(g => g.Group).ToList());
        // Every query has passages to find, or near misses to leave out: none is vacuous.
        var vacuous = run.Results.Where(r => r.Score.Found + r.Score.Missed == 0 && r.Query.MustNot is null).Select(r => r.Query.Query).ToList();
        Assert.IsEmpty(vacuous, "queries with nothing to find: " + string.Join(", ", vacuous));
    }

    [TestMethod]
    public void EveryGroupKeepsItsPrecisionAndRecall()
    {
        var failures = new List<string>();
        foreach (var (group, score) in run.ByGroup())
        {
            var floor = Floors[group];
            if (score.Precision >= floor.Precision && score.Recall >= floor.Recall) continue;
            failures.Add(FormattableString.Invariant($"{group}: precision {score.Precision:0.000} (at least {floor.Precision}), recall {score.Recall:0.000} (at least {floor.Recall})"));
            failures.AddRange(run.Results.Where(r => r.Query.Group == group && (r.Wrong.Count > 0 || r.Missed.Count > 0))
                .Select(r => $"  line {r.Query.Line} {r.Query.Query}: found wrongly {string.Join(" ", r.Wrong.Take(8))}; missed {string.Join(" ", r.Missed.Take(8))}"));
        }
        Console.WriteLine(run.Table());
        Assert.IsEmpty(failures, string.Join('\n', failures));
    }

    [TestMethod]
    public void NoQueryFindsANearMiss()
    {
        var found = run.Results.Where(r => r.NearMisses.Count > 0)
            .Select(r => $"line {r.Query.Line} {r.Query.Query}: {string.Join(" ", r.NearMisses.Take(8))}").ToList();
        Assert.IsEmpty(found, string.Join('\n', found));
    }
}
