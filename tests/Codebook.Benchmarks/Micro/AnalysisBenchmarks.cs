using BenchmarkDotNet.Attributes;
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
        var (parsed, codings) = MicroCorpus.Coded(50);
        _scope = new AnalysisScope(parsed.Select(p => p.Transcript), parsed.Select(p => p.Case).OfType<Case>(), MicroCorpus.Themes(), codings);
    }

    [Benchmark]
    public int Frequencies() => ThemeFrequencies.Of(_scope, rollup: true).Count;

    [Benchmark]
    public int CoOccurrenceSamePassage() => CoOccurrences.Of(_scope, CoOccurrenceMode.SamePassage).Count;

    [Benchmark]
    public ThemeMatrix MatrixByAttribute() => ThemeMatrices.ByAttribute(_scope, "territory", MatrixCount.Codings, rollup: true);
}
