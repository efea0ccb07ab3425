using System.Text;
using System.Text.RegularExpressions;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.FileKinds;

/// <summary>Tells what a file is from its first bytes, then its extension: a ZIP holding a <c>.qde</c> is a project
/// whatever its name, XML whose root is <c>CodeBook</c> a REFI-QDA codebook, a Markdown file with a theme heading
/// (<c>## Label {#id}</c>) a codebook rather than a transcript.</summary>
public static partial class FileKindDetector
{
    private const int Sample = 64 * 1024;

    public static FileKind Of(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var head = Head(path);
        if (head.AsSpan().StartsWith("PK\u0003\u0004"u8))
            return extension == ".docx" ? FileKind.Transcript : HoldsQde(path) ? FileKind.Project : FileKind.Unknown;
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<') && RootElement().Match(text) is { Success: true } root)
            return root.Groups[1].Value == "CodeBook" ? FileKind.RefiCodebook : FileKind.Unknown;
        return extension switch
        {
            ".qdpx" => FileKind.Project,
            ".qdc" => FileKind.RefiCodebook,
            ".csv" => FileKind.CsvCodebook,
            ".md" when ThemeHeading().IsMatch(text) => FileKind.MarkdownCodebook,
            _ when TranscriptReader.CanRead(path) => FileKind.Transcript,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>What a kind is, for messages: "a REFI-QDA project (.qdpx)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Transcript => "a transcript",
        FileKind.Project => "a whole REFI-QDA project (.qdpx)",
        FileKind.RefiCodebook => "a REFI-QDA codebook (.qdc)",
        FileKind.CsvCodebook => "a codebook in CSV",
        FileKind.MarkdownCodebook => "a Markdown codebook",
        _ => "a file Codebook does not read",
    };

    public static bool IsCodebook(FileKind kind) => kind is FileKind.RefiCodebook or FileKind.CsvCodebook or FileKind.MarkdownCodebook;

    private static byte[] Head(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[Math.Min(Sample, stream.Length)];
            stream.ReadExactly(buffer);
            return buffer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool HoldsQde(string path)
    {
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            return zip.Entries.Any(e => e.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]", RegexOptions.CultureInvariant)]
    private static partial Regex RootElement();

    [GeneratedRegex(@"^#{1,6}[ \t].*\{#[a-z0-9][a-z0-9-]*[^}]*\}[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ThemeHeading();
}
