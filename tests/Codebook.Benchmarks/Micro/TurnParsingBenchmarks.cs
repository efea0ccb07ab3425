using BenchmarkDotNet.Attributes;
using Codebook.Core.Import;
using Codebook.Formats.Transcripts;

namespace Codebook.Benchmarks.Micro;

/// <summary>Reading one interview file: decoding, front matter, speaker labels and turns.</summary>
[MemoryDiagnoser]
public class TurnParsingBenchmarks
{
    private byte[] _bytes = [];

    [Params(40_000, 300_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup() => _bytes = MicroCorpus.InterviewBytes(Chars);

    [Benchmark]
    public ParsedTranscript Read() => TranscriptReader.Read("interview.txt", _bytes);
}
