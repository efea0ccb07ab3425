using Codebook.Core.Errors;
using Codebook.Core.Framework;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Codebook.Formats.Framework;

/// <summary>Reads a file of framework summaries: YAML with a <c>summaries</c> list, each entry a <c>case</c>, a
/// <c>theme</c>, the <c>coder</c> who wrote it and its <c>text</c> (corpus-samples/framework/summaries.yaml).</summary>
public static class FrameworkSummaryFileReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <param name="file">Used only in error locations.</param>
    public static IReadOnlyList<WrittenSummary> Parse(string yaml, string file)
    {
        SummaryFile? read;
        try
        {
            read = Yaml.Deserialize<SummaryFile>(yaml);
        }
        catch (YamlException e)
        {
            throw new CodebookException(ErrorCode.BadCodings, e.InnerException?.Message ?? e.Message, $"{file}:{e.Start.Line}:{e.Start.Column}",
                "each entry of 'summaries' has case, theme, coder and text", e);
        }
        return (read?.Summaries ?? []).Select((entry, i) =>
            new[] { entry.Case, entry.Theme, entry.Coder, entry.Text }.Any(string.IsNullOrWhiteSpace)
                ? throw new CodebookException(ErrorCode.BadCodings, $"summary {i + 1} lacks its case, theme, coder or text", file, "each entry of 'summaries' has all four")
                : new WrittenSummary(entry.Case, entry.Theme, entry.Coder, entry.Text.Trim())).ToList();
    }

    private sealed class SummaryFile
    {
        [YamlMember(Alias = "summaries")]
        public List<Entry> Summaries { get; set; } = [];
    }

    private sealed class Entry
    {
        [YamlMember(Alias = "case")]
        public string Case { get; set; } = "";

        [YamlMember(Alias = "theme")]
        public string Theme { get; set; } = "";

        [YamlMember(Alias = "coder")]
        public string Coder { get; set; } = "";

        [YamlMember(Alias = "text")]
        public string Text { get; set; } = "";
    }
}
