using Codebook.Core.Agreement;
using Codebook.Core.Analysis;
using Codebook.Core.Model;
using Codebook.Core.Tests.Analysis;
using Codebook.Core.Themes;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Core.Tests.Agreement;

/// <summary>The fast paths of analyses and agreement give what the plain computations they replaced give: each
/// property compares one with a reference written the simple way (a scan of everything).</summary>
[TestClass]
public sealed class FastPathProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly string[] Themes = ["a", "b", "c"];
    private static readonly string[] Sentences = ["Les chiffres comptent.", "On triche un peu ?", "Nous contournons le quota…", "Sí."];

    [TestMethod]
    public void PassagesTouchedAreThoseAScanFinds()
    {
        var cases = from transcript in TranscriptNamed("t")
                    from start in Gen.Choose(0, transcript.Text.Length)
                    from length in Gen.Choose(0, 300)
                    select (transcript, new TextSpan(start, Math.Min(transcript.Text.Length, start + length)));

        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var passages = Passages.Of(x.transcript);
            var touched = passages.Where(p => p.Span.Overlaps(x.Item2)).Select(p => p.Index).ToList();
            var expected = touched.Count == 0 ? ((int, int)?)null : (touched[0], touched[^1]);
            Assert.AreEqual(expected, Passages.Touched(passages, x.Item2));
            // As the store gives them back.
            var stored = new PassageCuts("t", passages.SelectMany(p => new[] { p.TurnIndex, p.Span.Start, p.Span.End }).ToArray());
            CollectionAssert.AreEqual(passages.ToList(), stored.ToList());
            Assert.AreEqual(expected, Passages.Touched(stored, x.Item2));
        }));
    }

    [TestMethod]
    public void CountedUnitsGiveTheCoefficientsOfTheUnitsWrittenOut()
    {
        var units = from coders in Gen.Choose(2, 4)
                    from list in Gen.ListOf(from values in Gen.ArrayOf(Gen.Elements<string?>(null, "x", "y", "z"), coders)
                                            from count in Gen.Choose(0, 3)
                                            select (values, count))
                    select (coders, list);

        Check.One(Runs, Prop.ForAll(units.ToArbitrary(), x =>
        {
            var counted = new ReliabilityData(x.coders, x.list.Select(u => (IReadOnlyList<string?>)u.values).ToList(), x.list.Select(u => u.count).ToList());
            var written = new ReliabilityData(x.coders, x.list.SelectMany(u => Enumerable.Repeat((IReadOnlyList<string?>)u.values, u.count)).ToList());
            AssertSame(PercentAgreement.Of(written), PercentAgreement.Of(counted));
            AssertSame(FleissKappa.Of(written), FleissKappa.Of(counted));
            AssertSame(KrippendorffAlpha.Nominal(written), KrippendorffAlpha.Nominal(counted));
            if (x.coders == 2) AssertSame(CohenKappa.Of(written), CohenKappa.Of(counted));
        }));
    }

    [TestMethod]
    public void PassageDataGivesTheCoefficientsOfAUnitByUnitScan()
    {
        var scopes = from count in Gen.Choose(1, 3)
                     from transcripts in Gen.ArrayOf(TranscriptNamed("t"), count)
                     let named = transcripts.Select((t, i) => SmallStudy.Interview($"t{i}", null, 1, Turns(t))).ToList()
                     from coders in Gen.Choose(2, 3)
                     from codings in Gen.ListOf(CodingIn(named, coders))
                     select new AgreementScope(Coders(coders), named, new ThemeTree(Themes.Select(id => new Theme { Id = id })), codings.ToList());

        Check.One(Runs, Prop.ForAll(scopes.ToArbitrary(), scope =>
        {
            var themes = scope.Tree.InOrder.Select(x => x.Theme).ToList();
            var (byTheme, pooled) = PassageData.ForThemes(scope, themes);
            AssertSameCoefficients(ScanByPassage(scope, themes), pooled, scope.Coders.Count);
            for (int i = 0; i < themes.Count; i++) AssertSameCoefficients(ScanByPassage(scope, [themes[i]]), byTheme[i], scope.Coders.Count);
        }));
    }

    [TestMethod]
    public void FrequenciesCountThePassagesAScanFinds()
    {
        var scopes = from count in Gen.Choose(1, 3)
                     from transcripts in Gen.ArrayOf(TranscriptNamed("t"), count)
                     let named = transcripts.Select((t, i) => SmallStudy.Interview($"t{i}", null, 1, Turns(t))).ToList()
                     from codings in Gen.ListOf(CodingIn(named, 2))
                     select new AnalysisScope(named, [], [new Theme { Id = "a" }, new Theme { Id = "b", ParentId = "a" }, new Theme { Id = "c" }],
                         codings.Select((c, i) => { c.Id = $"k{i}"; return c; }).ToList());

        Check.One(Runs, Prop.ForAll(scopes.ToArbitrary(), scope =>
        {
            foreach (bool rollup in new[] { false, true })
            {
                var scanned = scope.Tree.InOrder.Select(x => scope.CodingsOf(x.Theme, rollup)
                    .SelectMany(c => Passages.Of(scope.TranscriptOf(c)).Where(p => p.Span.Overlaps(c.Span)).Select(p => (p.TranscriptId, p.Index)))
                    .Distinct().Count()).ToList();
                CollectionAssert.AreEqual(scanned, ThemeFrequencies.Of(scope, rollup).Select(f => f.Passages).ToList());
            }
        }));
    }

    private static void AssertSameCoefficients(ReliabilityData scan, ReliabilityData fast, int coders)
    {
        AssertSame(PercentAgreement.Of(scan), PercentAgreement.Of(fast));
        AssertSame(FleissKappa.Of(scan), FleissKappa.Of(fast));
        AssertSame(KrippendorffAlpha.Nominal(scan), KrippendorffAlpha.Nominal(fast));
        if (coders == 2) AssertSame(CohenKappa.Of(scan), CohenKappa.Of(fast));
    }

    [TestMethod]
    public void UnitizingDisagreementsAreThoseOfAScanOfEveryGap()
    {
        Check.One(Runs, Prop.ForAll(Studies().Select(x => x.Item1).ToArbitrary(), study =>
        {
            foreach (var category in Themes)
            {
                Assert.AreEqual(ScanExpectedDisagreement(study, category), UnitizingAlpha.ExpectedDisagreement(study, category));
            }
        }));
    }

    [TestMethod]
    public void JoinedSegmentsCoverWhatEachCoderMarkedAndNothingMore()
    {
        Check.One(Runs, Prop.ForAll(Studies().ToArbitrary(), x =>
        {
            var (study, given) = x;
            for (int continuum = 0; continuum < study.Continua.Count; continuum++)
            {
                for (int coder = 0; coder < study.Coders; coder++)
                {
                    foreach (var category in Themes)
                    {
                        var joined = study.SegmentsOf(category, continuum, coder);
                        var marked = given.Where(s => s.Continuum == continuum && s.Coder == coder && s.Category == category)
                            .SelectMany(s => Enumerable.Range((int)s.Start, (int)s.Length)).ToHashSet();
                        CollectionAssert.AreEquivalent(marked.ToList(), joined.SelectMany(s => Enumerable.Range((int)s.Start, (int)s.Length)).ToList());
                        for (int i = 1; i < joined.Count; i++) Assert.IsTrue(joined[i - 1].End <= joined[i].Start);
                    }
                }
            }
        }));
    }

    private static Gen<(UnitizingStudy, List<UnitizedSegment>)> Studies() =>
        from continua in Gen.NonEmptyListOf(Gen.Choose(1, 400).Select(l => (long)l))
        from coders in Gen.Choose(2, 3)
        from segments in Gen.ListOf(
            from continuum in Gen.Choose(0, continua.Count - 1)
            from coder in Gen.Choose(0, coders - 1)
            from start in Gen.Choose(0, (int)continua[continuum] - 1)
            from length in Gen.Choose(0, (int)continua[continuum] - start)
            from category in Gen.Elements(Themes)
            select new UnitizedSegment(continuum, coder, start, length, category))
        select (new UnitizingStudy(continua.ToList(), coders, segments.ToList()), segments.ToList());

    private static Gen<Transcript> TranscriptNamed(string id) =>
        from turns in Gen.NonEmptyListOf(from sentences in Gen.ListOf(Gen.Elements(Sentences))
                                         from longTurn in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
                                         select string.Join(' ', longTurn ? Enumerable.Repeat(Sentences[0], 70) : sentences))
        select SmallStudy.Interview(id, null, 1, turns.Select((words, i) => (i % 2 == 0 ? "ENQ" : "ANA", words)).ToArray());

    /// <summary>A transcript's turns again, to make it anew under another id.</summary>
    private static (string Speaker, string Words)[] Turns(Transcript transcript) =>
        transcript.Turns.Select(t => (t.Speaker!, transcript.Text[t.Words.Start..t.Words.End])).ToArray();

    private static Gen<Coding> CodingIn(IReadOnlyList<Transcript> transcripts, int coders) =>
        from transcript in Gen.Elements(transcripts.ToArray())
        from coder in Gen.Elements(Coders(coders).ToArray())
        from theme in Gen.Elements(Themes)
        from start in Gen.Choose(0, transcript.Text.Length)
        from length in Gen.Choose(0, 200)
        select new Coding
        {
            TranscriptId = transcript.Id, Coder = coder, ThemeId = theme, Start = start, End = Math.Min(transcript.Text.Length, start + length),
        };

    private static IReadOnlyList<string> Coders(int count) => new[] { "ana", "luis", "zoe" }[..count];

    /// <summary>What <see cref="PassageData.ForThemes"/> computed before: one unit per passage and theme, each coder's value
    /// found by looking through all the codings.</summary>
    private static ReliabilityData ScanByPassage(AgreementScope scope, IReadOnlyList<Theme> themes) => new(scope.Coders.Count,
        scope.Transcripts.SelectMany(Passages.Of).SelectMany(p => themes.Select(theme => (IReadOnlyList<string?>)scope.Coders
            .Select(coder => scope.Codings.Any(c => c.TranscriptId == p.TranscriptId && c.Coder == coder && c.ThemeId == theme.Id && c.Span.Overlaps(p.Span))
                ? "1" : "0").ToList())).ToList());

    /// <summary>D_e as it was computed before: every coder's sections found by filtering all segments, every gap
    /// looked at for every unit.</summary>
    private static double ScanExpectedDisagreement(UnitizingStudy study, string category)
    {
        int m = study.Coders;
        double L = study.Length;
        var units = study.Segments.Where(s => s.Category == category).Select(s => (double)s.Length).ToList();
        var gaps = new List<double>();
        for (int continuum = 0; continuum < study.Continua.Count; continuum++)
        {
            for (int r = 0; r < m; r++)
            {
                long at = 0;
                foreach (var unit in study.Segments.Where(s => s.Continuum == continuum && s.Coder == r && s.Category == category).OrderBy(s => s.Start))
                {
                    if (unit.Start > at) gaps.Add(unit.Start - at);
                    at = unit.End;
                }
                if (study.Continua[continuum] > at) gaps.Add(study.Continua[continuum] - at);
            }
        }
        double n = units.Count;
        double sum = 0;
        foreach (var l in units)
        {
            sum += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3;
            sum += l * l * gaps.Where(g => g >= l).Sum(g => g - l + 1);
        }
        double denominator = m * L * (m * L - 1) - units.Sum(l => l * (l - 1));
        return denominator > 0 ? 2 / L * sum / denominator : 0;
    }

    /// <summary>Same value and units; sums taken in another order may differ in the last bits.</summary>
    private static void AssertSame(Coefficient expected, Coefficient actual)
    {
        Assert.AreEqual(expected.Units, actual.Units);
        Assert.AreEqual(expected.Value.HasValue, actual.Value.HasValue, $"{expected} vs {actual}");
        if (expected.Value is { } value) Assert.AreEqual(value, actual.Value!.Value, 1e-9);
        Assert.AreEqual(expected.Observed ?? double.NaN, actual.Observed ?? double.NaN, 1e-9);
        Assert.AreEqual(expected.Expected ?? double.NaN, actual.Expected ?? double.NaN, 1e-9);
    }
}
