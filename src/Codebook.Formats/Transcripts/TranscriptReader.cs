using System.Security.Cryptography;
using Codebook.Core.Import;
using Codebook.Core.Model;

namespace Codebook.Formats.Transcripts;

/// <summary>Reads an interview transcript (.txt, .md, .docx, .vtt, .srt) into a <see cref="ParsedTranscript"/>:
/// normalised text, speaker turns with offsets into it, front matter, case and warnings. Bad input raises
/// <see cref="Codebook.Core.Errors.CodebookException"/> with <see cref="Codebook.Core.Errors.ErrorCode.BadTranscript"/>.</summary>
public static class TranscriptReader
{
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".docx", ".vtt", ".srt"];

    /// <summary>A hundred one-hour interviews. A project stores a transcript, and the log its before and after, each
    /// in one LiteDB document of at most 16 MB: a 32 MB transcript made the store throw (found by a hostile-file test).</summary>
    public const int MaxCharacters = 4_000_000;

    public static bool CanRead(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static ParsedTranscript Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw TranscriptError.Bad(Path.GetFileName(path), $"cannot read the file: {e.Message}", "check that the file exists and can be read", inner: e);
        }
        return Read(path, bytes);
    }

    public static ParsedTranscript Read(string fileName, byte[] bytes)
    {
        string file = Path.GetFileName(fileName);
        string extension = Path.GetExtension(file).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw TranscriptError.Bad(file, $"'{extension}' is not a transcript format Codebook reads",
                $"save the transcript as one of {string.Join(", ", Extensions)}");
        if (bytes.Length == 0) throw TranscriptError.Bad(file, "the file is empty", "check that you picked the right file, or export the transcript again");

        var warnings = new List<string>();
        var (decoded, paragraphs) = extension == ".docx" ? DocxText.Extract(file, bytes) : (Decode(file, bytes, warnings), null);
        string text = TextNormaliser.Normalise(file, decoded);
        if (string.IsNullOrWhiteSpace(text)) throw TranscriptError.Bad(file, "the file contains only whitespace", "check that you picked the right file, or export the transcript again");
        if (text.Length > MaxCharacters)
            throw TranscriptError.Bad(file, $"the transcript is {text.Length:N0} characters long, more than the {MaxCharacters:N0} one transcript may hold",
                "split the interview into several files");

        var (body, frontMatter, drafts, fileLines) = extension is ".vtt" or ".srt"
            ? ReadSubtitles(file, text, extension == ".vtt", warnings)
            : ReadText(file, text, paragraphs);
        return TranscriptAssembler.Assemble(file, Hash(bytes), body, frontMatter, drafts, fileLines, warnings);
    }

    private static string Decode(string file, byte[] bytes, List<string> warnings)
    {
        var decoded = TextDecoder.Decode(file, bytes);
        if (decoded.Warning is not null) warnings.Add(decoded.Warning);
        return decoded.Text;
    }

    /// <param name="paragraphs">For a Word file, the paragraph of each line of <paramref name="text"/>.</param>
    private static (string, FrontMatter, List<TurnDraft>, List<int>) ReadText(string file, string text, List<int>? paragraphs)
    {
        string body = FrontMatterParser.Split(file, text, out var frontMatter);
        if (string.IsNullOrWhiteSpace(body))
            throw TranscriptError.Bad(file, "there is no text after the front matter", "add the interview's text below the closing ---");
        int skipped = text.AsSpan(0, text.Length - body.Length).Count('\n');
        return (body, frontMatter, TextTurnParser.Parse(body, frontMatter), FileLines(body, skipped, paragraphs));
    }

    /// <summary>The file line of each body line: shifted by the front matter's lines, and for a Word file the paragraph;
    /// empty when they are the lines of the text itself.</summary>
    private static List<int> FileLines(string body, int skipped, List<int>? paragraphs)
    {
        if (skipped == 0 && paragraphs is null) return [];
        int count = body.AsSpan().Count('\n') + 1;
        return Enumerable.Range(skipped, count).Select(line => paragraphs is null ? line + 1 : paragraphs[Math.Min(line, paragraphs.Count - 1)]).ToList();
    }

    private static (string, FrontMatter, List<TurnDraft>, List<int>) ReadSubtitles(string file, string text, bool vtt, List<string> warnings)
    {
        var cues = SubtitleParser.Parse(file, text, vtt, out var frontMatter, warnings);
        var (body, turns, fileLines) = SubtitleTranscript.Build(cues, frontMatter);
        if (turns.Count == 0) throw TranscriptError.Bad(file, "the subtitle cues have no text", "check that the cues carry the interview's words");
        return (body, frontMatter, turns, fileLines);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
