using BenchmarkDotNet.Attributes;
using Codebook.Benchmarks.Corpus;
using Codebook.Core.Analysis;
using Codebook.Core.Model;

namespace Codebook.Benchmarks.Micro;

/// <summary>Analyses on 50 coded interviews (2 MB) held in memory, without the store.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private AnalysisScope _scope = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parsed = MicroCorpus.Interviews(50, 40_000);
        var transcripts = parsed.Select(p => p.Transcript).ToList();
        var plan = new CodingPlan(MicroCorpus.ThemeIds());
        var codings = transcripts.SelectMany(t => plan.For(t, 20)).ToList();
        _scope = new AnalysisScope(transcripts, parsed.Select(p => p.Case).OfType<Case>(), MicroCorpus.Themes(), codings);
    }

    [Benchmark]
    public int Frequencies() => ThemeFrequencies.Of(_scope, rollup: true).Count;

    [Benchmark]
    public int CoOccurrenceSamePassage() => CoOccurrences.Of(_scope, CoOccurrenceMode.SamePassage).Count;

    [Benchmark]
    public ThemeMatrix MatrixByAttribute() => ThemeMatrices.ByAttribute(_scope, "territory", MatrixCount.Codings, rollup: true);
}
