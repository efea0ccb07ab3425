using System.Text;
using System.Text.RegularExpressions;
using Codebook.Core.Exchange;
using Codebook.Core.Model;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Refi;
using Codebook.Formats.Transcripts;
using Codebook.Testing;

namespace Codebook.Fuzz;

/// <summary>The real files mutations start from: the sample study, the format examples of the tests, the REFI-QDA
/// samples of real tools, and our own exports of the study.</summary>
public static partial class Seeds
{
    public static readonly DateTime Created = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<byte[]> Transcripts(string extension) =>
        [.. Files(Repository.Interviews, "*" + extension), .. Files(Repository.TranscriptExamples, "*" + extension)];

    /// <summary>Subtitles in SRT: the example, and the sample WebVTT interview rewritten as SRT cues (its cues are
    /// numbered already; the voice tags become NAME: prefixes).</summary>
    public static IReadOnlyList<byte[]> Srt()
    {
        var vtt = File.ReadAllText(Path.Combine(Repository.Interviews, "fr08-youssef.vtt"));
        var cues = vtt.Split("\n\n").Where(block => block.Contains("-->", StringComparison.Ordinal))
            .Select(block => Voice().Replace(VttTime().Replace(block, "$1,$2"), "$1: "));
        return [.. Transcripts(".srt"), Encoding.UTF8.GetBytes(string.Join("\n\n", cues))];
    }

    /// <summary>The YAML between the --- lines of every transcript that has front matter.</summary>
    public static IReadOnlyList<byte[]> FrontMatters() =>
        [.. Transcripts(".txt").Concat(Transcripts(".md")).Select(Encoding.UTF8.GetString)
            .Select(text => FrontMatterBlock().Match(text)).Where(m => m.Success).Select(m => Encoding.UTF8.GetBytes(m.Groups[1].Value))];

    public static IReadOnlyList<byte[]> Codebooks() =>
        [File.ReadAllBytes(Repository.StudyCodebook), .. Files(Path.Combine(Repository.CodebookExamples, "good"), "*.md")];

    public static IReadOnlyList<byte[]> CodingFiles() => Files(Repository.Codings, "*.yaml");

    public static IReadOnlyList<byte[]> Qdc()
    {
        var ours = new MemoryStream();
        QdcWriter.Write(ours, StudyThemes());
        return [ours.ToArray(), .. Files(Repository.Data("refi-qda", "samples"), "*.qdc")];
    }

    public static IReadOnlyList<byte[]> Qdpx()
    {
        var ours = new MemoryStream();
        QdpxWriter.Write(ours, StudyProject());
        return [ours.ToArray(), .. Files(Repository.Data("refi-qda", "samples"), "*.qdpx")];
    }

    public static IReadOnlyList<Theme> StudyThemes() => CodebookMarkdownReader.Read(Repository.StudyCodebook);

    /// <summary>A few interviews of the study with their cases, the study's codebook, and codings of the first turns.</summary>
    public static ProjectContent StudyProject()
    {
        var parsed = Directory.GetFiles(Repository.Interviews).Where(TranscriptReader.CanRead).Order(StringComparer.Ordinal)
            .Take(4).Select(TranscriptReader.Read).ToList();
        var themes = StudyThemes();
        var codings = parsed.SelectMany(p => p.Transcript.Turns.Take(6).Select((turn, i) => new Coding
        {
            Id = $"c{p.Transcript.Id}{i}",
            TranscriptId = p.Transcript.Id,
            ThemeId = themes[i % themes.Count].Id,
            Coder = "ana",
            Start = turn.Words.Start,
            End = turn.Words.End,
            CreatedAt = Created,
        })).Where(c => c.End > c.Start).ToList();
        return new ProjectContent("fuzz", Created, "ana", [.. parsed.Select(p => p.Transcript)],
            [.. parsed.Select(p => p.Case).OfType<Case>()], themes, codings, []);
    }

    private static IReadOnlyList<byte[]> Files(string folder, string pattern) =>
        Directory.Exists(folder) ? [.. Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)] : [];

    [GeneratedRegex(@"(\d\d:\d\d:\d\d)\.(\d\d\d)")]
    private static partial Regex VttTime();

    [GeneratedRegex(@"<v ([^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"\A---\r?\n(.*?)\r?\n---\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatterBlock();
}
