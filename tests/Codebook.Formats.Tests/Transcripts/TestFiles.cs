using Codebook.Testing;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>The transcript material the format tests read: the examples with their expected parses, and excerpts of
/// real, openly licensed transcripts (see the README beside them).</summary>
internal static class TestFiles
{
    public static string Examples => Repository.TranscriptExamples;

    public static string RealTranscripts => Repository.Data("transcripts");

    /// <summary>The example inputs (everything but the .expected files), by file name.</summary>
    public static IEnumerable<string> ExampleNames() =>
        Directory.EnumerateFiles(Examples).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>().Order();
}
