using BenchmarkDotNet.Attributes;
using Codebook.Benchmarks.Corpus;
using Codebook.Core.Agreement;
using Codebook.Core.Themes;

namespace Codebook.Benchmarks.Micro;

/// <summary>Agreement between the plan's two coders on 50 coded interviews (2 MB) held in memory, without the store.</summary>
[MemoryDiagnoser]
public class AgreementBenchmarks
{
    private AgreementScope _scope = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (parsed, codings) = MicroCorpus.Coded(50);
        _scope = new AgreementScope([CodingPlan.FirstCoder, CodingPlan.SecondCoder], parsed.Select(p => p.Transcript).ToList(),
            new ThemeTree(MicroCorpus.Themes()), codings);
        // Passages are cut once per scope, as the first report on it does; the benchmarks time what comes after.
        AgreementReport.Of(_scope, AgreementUnit.Passage);
    }

    [Benchmark]
    public int ByPassage() => AgreementReport.Of(_scope, AgreementUnit.Passage).Themes.Count;

    [Benchmark]
    public int ByCharacter() => AgreementReport.Of(_scope, AgreementUnit.Char).Themes.Count;

    [Benchmark]
    public int DisagreementsListed() => Disagreements.Of(_scope).Count;
}
