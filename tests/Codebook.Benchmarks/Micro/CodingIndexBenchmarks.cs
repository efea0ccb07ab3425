using BenchmarkDotNet.Attributes;
using Codebook.Benchmarks.Corpus;
using Codebook.Core.Model;
using Codebook.Tui.Reader;

namespace Codebook.Benchmarks.Micro;

/// <summary>The reader's span lookups on a 300,000-character transcript with 2,000 codings: building the index,
/// the codings under each row of a screen, and those at the cursor.</summary>
[MemoryDiagnoser]
public class CodingIndexBenchmarks
{
    private List<Coding> _codings = [];
    private CodingIndex _index = new([]);
    private TextSpan[] _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        var transcript = MicroCorpus.Interviews(1, 300_000)[0].Transcript;
        _codings = new CodingPlan(MicroCorpus.ThemeIds()).For(transcript, 2_000).ToList();
        _index = new CodingIndex(_codings);
        int middle = transcript.Text.Length / 2;
        _rows = Enumerable.Range(0, 50).Select(i => new TextSpan(middle + i * 120, middle + (i + 1) * 120)).ToArray();
    }

    [Benchmark]
    public CodingIndex Build() => new(_codings);

    [Benchmark]
    public int OverlappingOneScreen()
    {
        int found = 0;
        foreach (var row in _rows) found += _index.Overlapping(row).Count();
        return found;
    }

    [Benchmark]
    public int AtCursor() => _index.At(_rows[25].Start).Count;
}
