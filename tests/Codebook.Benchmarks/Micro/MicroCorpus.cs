using System.Text;
using Codebook.Benchmarks.Corpus;
using Codebook.Core.Import;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Transcripts;
using Codebook.Testing;

namespace Codebook.Benchmarks.Micro;

/// <summary>Interviews made and parsed in memory for the micro-benchmarks, with the study's codebook.</summary>
internal static class MicroCorpus
{
    public static byte[] InterviewBytes(int chars)
    {
        var (_, content) = new InterviewWriter(BenchText.Load()).Write(1, "fr", chars);
        return Encoding.UTF8.GetBytes(content);
    }

    public static List<ParsedTranscript> Interviews(int count, int chars)
    {
        var writer = new InterviewWriter(BenchText.Load());
        return Enumerable.Range(1, count).Select(n =>
        {
            var (name, content) = writer.Write(n, n % 2 == 0 ? "es" : "fr", chars);
            return TranscriptReader.Read(name, Encoding.UTF8.GetBytes(content));
        }).ToList();
    }

    /// <summary>Interviews of 40,000 characters, each with 20 codings by the plan's two coders (500 per MB, the
    /// harness's density).</summary>
    public static (List<ParsedTranscript> Parsed, List<Core.Model.Coding> Codings) Coded(int count)
    {
        var parsed = Interviews(count, 40_000);
        var plan = new CodingPlan(ThemeIds());
        return (parsed, parsed.SelectMany(p => plan.For(p.Transcript, 20)).ToList());
    }

    public static List<string> ThemeIds() => Themes().Select(t => t.Id).ToList();

    public static IReadOnlyList<Core.Model.Theme> Themes() =>
        CodebookMarkdownReader.Read(Repository.StudyCodebook);
}
